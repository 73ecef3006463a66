import { describe, expect, it } from 'vitest';
import { outputHint, parseInvocation, parseReplicas } from '../src/args.ts';
import { parseDuration } from '../src/duration.ts';
import { OpsError } from '../src/errors.ts';

function failure(argv: string[]): OpsError {
  try {
    parseInvocation(argv);
  } catch (error) {
    if (error instanceof OpsError) return error;
    throw error;
  }
  throw new Error(`parsed: ${argv.join(' ')}`);
}

describe('parseInvocation', () => {
  it('applies the defaults: release emporium, table output, namespace from the context', () => {
    expect(parseInvocation(['status'])).toEqual({
      command: { name: 'status', domain: undefined },
      options: {
        kubeconfig: undefined,
        context: undefined,
        namespace: undefined,
        release: 'emporium',
        output: 'table',
      },
    });
  });

  it('reads the shared flags in long, short and = forms, before or after the command', () => {
    const { command, options } = parseInvocation([
      '-n',
      'shop',
      'status',
      'cart',
      '--release=prod',
      '-o',
      'json',
      '--kubeconfig',
      '/tmp/kc',
      '--context',
      'east',
    ]);
    expect(command).toEqual({ name: 'status', domain: 'cart' });
    expect(options).toEqual({
      kubeconfig: '/tmp/kc',
      context: 'east',
      namespace: 'shop',
      release: 'prod',
      output: 'json',
    });
  });

  it('scales both components of a domain unless --only picks one', () => {
    expect(parseInvocation(['scale', 'cart', '3']).command).toEqual({
      name: 'scale',
      domain: 'cart',
      replicas: 3,
      components: ['service', 'mfe'],
    });
    expect(parseInvocation(['scale', 'cart', '0', '--only', 'mfe']).command).toMatchObject({
      replicas: 0,
      components: ['mfe'],
    });
    expect(parseInvocation(['scale', 'product', '1']).command).toMatchObject({ components: ['service'] });
    expect(parseInvocation(['restart', 'products']).command).toEqual({
      name: 'restart',
      domain: 'products',
      components: ['mfe'],
    });
  });

  it('refuses --only for a component the domain does not have, and unknown components', () => {
    expect(failure(['scale', 'user', '1', '--only', 'mfe']).message).toBe(
      'domain "user" has no micro frontend (it has: service)',
    );
    expect(failure(['restart', 'cart', '--only', 'db']).message).toBe(
      '--only must be one of service, mfe, got "db"',
    );
    expect(failure(['status', '--only', 'mfe']).message).toBe('--only applies to scale and restart');
  });

  it('rejects replica counts that are not non-negative integers', () => {
    for (const bad of ['-1', '1.5', 'two', '', '1e3', '2147483648']) {
      const error = failure(['scale', 'cart', bad]);
      expect(error.code).toBe('USAGE');
      expect(error.exitCode).toBe(2);
      expect(error.message).toBe(`replicas must be a non-negative integer, got "${bad}"`);
    }
    expect(parseReplicas('2147483647')).toBe(2_147_483_647);
  });

  it('names unknown domains with a suggestion and the list of known ones', () => {
    const error = failure(['status', 'carts']);
    expect(error.code).toBe('UNKNOWN_DOMAIN');
    expect(error.exitCode).toBe(2);
    expect(error.message).toMatch(
      /^unknown domain "carts" \(did you mean "cart(s)?"\?\); domains: user, product, cart,/,
    );
    expect(failure(['scale', 'warehouse', '2']).message).not.toContain('did you mean');
  });

  it('takes rollout status with an optional domain and timeout', () => {
    expect(parseInvocation(['rollout', 'status']).command).toEqual({
      name: 'rollout-status',
      domain: undefined,
      timeoutMs: 300_000,
    });
    expect(parseInvocation(['rollout', 'status', 'cart', '--timeout', '90s']).command).toEqual({
      name: 'rollout-status',
      domain: 'cart',
      timeoutMs: 90_000,
    });
    expect(failure(['rollout', 'history']).message).toMatch(/^rollout: unknown subcommand "history"/);
    expect(failure(['rollout', 'status', '--timeout', 'soon']).message).toBe(
      '--timeout must be a duration such as 30s, 5m or 1m30s, got "soon"',
    );
    expect(failure(['status', '--timeout', '5s']).message).toBe('--timeout applies to rollout status');
  });

  it('reports unknown commands, flags, missing and extra arguments as usage errors', () => {
    expect(failure(['deploy']).message).toBe(
      'unknown command "deploy"; commands: status, scale, restart, rollout, remotes, help (see emporium-ops --help)',
    );
    expect(failure(['status', '--force']).message).toMatch(
      /^Unknown option '--force'.*\(see emporium-ops --help\)$/,
    );
    expect(failure(['scale', 'cart']).message).toBe(
      'scale: missing arguments; usage: emporium-ops scale <domain> <replicas> [--only service|mfe]',
    );
    expect(failure(['remotes', 'cart']).message).toBe(
      'remotes: unexpected argument "cart"; usage: emporium-ops remotes',
    );
    expect(failure(['status', '-o', 'yaml']).message).toBe(
      '-o/--output must be one of table, json, got "yaml"',
    );
    expect(failure(['status', '-n', '']).message).toBe('-n/--namespace needs a value');
  });

  it('answers help and version before anything else', () => {
    expect(parseInvocation([]).command).toEqual({ name: 'help', topic: undefined });
    expect(parseInvocation(['help', 'scale']).command).toEqual({ name: 'help', topic: 'scale' });
    expect(parseInvocation(['scale', '--help']).command).toEqual({ name: 'help', topic: 'scale' });
    expect(parseInvocation(['status', '--version']).command).toEqual({ name: 'version' });
  });
});

describe('outputHint', () => {
  it('finds -o json in every spelling, even when the rest does not parse', () => {
    expect(outputHint(['status', '-o', 'json', '--bogus'])).toBe('json');
    expect(outputHint(['--output=json'])).toBe('json');
    expect(outputHint(['-ojson'])).toBe('json');
    expect(outputHint(['--output', 'json'])).toBe('json');
    expect(outputHint(['status', '-o', 'table'])).toBe('table');
    expect(outputHint(['status', 'json'])).toBe('table');
  });
});

describe('parseDuration', () => {
  it('reads Go-style durations in milliseconds', () => {
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1m30s')).toBe(90_000);
    expect(parseDuration('500ms')).toBe(500);
    expect(parseDuration('1h')).toBe(3_600_000);
    expect(parseDuration('1.5s')).toBe(1500);
    expect(parseDuration('0')).toBe(0);
  });

  it('rejects numbers without units and anything else', () => {
    for (const bad of ['5', '', 'm', '5 m', '5d', '-5s', '5m foo'])
      expect(() => parseDuration(bad)).toThrow(OpsError);
  });
});
