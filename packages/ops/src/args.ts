/**
 * The command line as data: which command, its arguments, and the options every command shares. Parsing
 * never touches the cluster; every mistake is a usage error (exit 2) that says what was expected.
 */
import { parseArgs } from 'node:util';
import { type Component, checkDomain, components, selectComponents } from './domains.ts';
import { parseDuration } from './duration.ts';
import { usageError } from './errors.ts';
import { type OutputFormat, outputFormats } from './format.ts';

export interface GlobalOptions {
  readonly kubeconfig: string | undefined;
  readonly context: string | undefined;
  /** Undefined: the context's namespace, else `default`. */
  readonly namespace: string | undefined;
  readonly release: string;
  readonly output: OutputFormat;
}

export type Command =
  | { readonly name: 'help'; readonly topic: string | undefined }
  | { readonly name: 'version' }
  | { readonly name: 'status'; readonly domain: string | undefined }
  | {
      readonly name: 'scale';
      readonly domain: string;
      readonly replicas: number;
      /** The domain's service and micro frontend, or the one `--only` picked. */
      readonly components: readonly Component[];
    }
  | { readonly name: 'restart'; readonly domain: string; readonly components: readonly Component[] }
  | { readonly name: 'rollout-status'; readonly domain: string | undefined; readonly timeoutMs: number }
  | { readonly name: 'remotes' };

export interface Invocation {
  readonly command: Command;
  readonly options: GlobalOptions;
}

export const defaultRelease = 'emporium';
export const defaultRolloutTimeout = '5m';
export const commandNames = ['status', 'scale', 'restart', 'rollout', 'remotes', 'help'] as const;

const optionSpec = {
  kubeconfig: { type: 'string' },
  context: { type: 'string' },
  namespace: { type: 'string', short: 'n' },
  release: { type: 'string' },
  output: { type: 'string', short: 'o' },
  only: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

/** The output format asked for, read leniently so even a usage error can be reported as JSON. */
export function outputHint(argv: readonly string[]): OutputFormat {
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const value =
      arg === '-o' || arg === '--output'
        ? argv[i + 1]
        : arg.startsWith('--output=')
          ? arg.slice('--output='.length)
          : arg.startsWith('-o') && arg.length > 2
            ? arg.slice(2).replace(/^=/, '')
            : undefined;
    if (value === 'json') return 'json';
  }
  return 'table';
}

/** A replica count: a non-negative integer the API accepts (int32). */
export function parseReplicas(text: string): number {
  const value = Number(text);
  if (!/^\d+$/.test(text) || !Number.isSafeInteger(value) || value > 2_147_483_647) {
    throw usageError(`replicas must be a non-negative integer, got "${text}"`);
  }
  return value;
}

function parseOnly(text: string | undefined): Component | undefined {
  if (text === undefined) return undefined;
  if (!(components as readonly string[]).includes(text)) {
    throw usageError(`--only must be one of ${components.join(', ')}, got "${text}"`);
  }
  return text as Component;
}

function nonEmpty(flag: string, value: string | undefined): string | undefined {
  if (value !== undefined && value.trim() === '') throw usageError(`${flag} needs a value`);
  return value;
}

function expectArgs(command: string, args: readonly string[], min: number, max: number, usage: string): void {
  if (args.length < min) throw usageError(`${command}: missing arguments; usage: emporium-ops ${usage}`);
  if (args.length > max) {
    throw usageError(`${command}: unexpected argument "${args[max]}"; usage: emporium-ops ${usage}`);
  }
}

export function parseInvocation(argv: readonly string[]): Invocation {
  // "-1" would read as an unknown short option; say what is wrong with it instead.
  const negative = argv.includes('scale') ? argv.find((arg) => /^-\d/.test(arg)) : undefined;
  if (negative !== undefined) throw usageError(`replicas must be a non-negative integer, got "${negative}"`);

  let parsed: ReturnType<typeof parseArgs<{ options: typeof optionSpec; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpec, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw usageError(`${message} (see emporium-ops --help)`);
  }
  const { values, positionals } = parsed;
  const output = values.output ?? 'table';
  if (!(outputFormats as readonly string[]).includes(output)) {
    throw usageError(`-o/--output must be one of ${outputFormats.join(', ')}, got "${output}"`);
  }
  const options: GlobalOptions = {
    kubeconfig: nonEmpty('--kubeconfig', values.kubeconfig),
    context: nonEmpty('--context', values.context),
    namespace: nonEmpty('-n/--namespace', values.namespace),
    release: nonEmpty('--release', values.release) ?? defaultRelease,
    output: output as OutputFormat,
  };
  const [name, ...args] = positionals;

  if (values.version) return { command: { name: 'version' }, options };
  if (values.help || name === undefined || name === 'help') {
    const topic = name === 'help' ? args[0] : name;
    return { command: { name: 'help', topic }, options };
  }
  if (values.only !== undefined && name !== 'scale' && name !== 'restart') {
    throw usageError('--only applies to scale and restart');
  }
  if (values.timeout !== undefined && name !== 'rollout')
    throw usageError('--timeout applies to rollout status');

  switch (name) {
    case 'status':
      expectArgs(name, args, 0, 1, 'status [domain]');
      return { command: { name, domain: args[0] === undefined ? undefined : checkDomain(args[0]) }, options };
    case 'scale': {
      expectArgs(name, args, 2, 2, 'scale <domain> <replicas> [--only service|mfe]');
      const [domain = '', replicas = ''] = args;
      const selected = selectComponents(domain, parseOnly(values.only));
      return { command: { name, domain, replicas: parseReplicas(replicas), components: selected }, options };
    }
    case 'restart': {
      expectArgs(name, args, 1, 1, 'restart <domain> [--only service|mfe]');
      const domain = args[0] ?? '';
      return {
        command: { name, domain, components: selectComponents(domain, parseOnly(values.only)) },
        options,
      };
    }
    case 'rollout': {
      const usage = 'rollout status [domain] [--timeout 5m]';
      expectArgs(name, args, 1, 2, usage);
      if (args[0] !== 'status')
        throw usageError(`rollout: unknown subcommand "${args[0]}"; usage: emporium-ops ${usage}`);
      const domain = args[1] === undefined ? undefined : checkDomain(args[1]);
      const timeoutMs = parseDuration(values.timeout ?? defaultRolloutTimeout);
      return { command: { name: 'rollout-status', domain, timeoutMs }, options };
    }
    case 'remotes':
      expectArgs(name, args, 0, 0, 'remotes');
      return { command: { name }, options };
    default:
      throw usageError(
        `unknown command "${name}"; commands: ${commandNames.join(', ')} (see emporium-ops --help)`,
      );
  }
}
