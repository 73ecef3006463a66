import { ApiException } from '@kubernetes/client-node';
import { describe, expect, it } from 'vitest';
import { asOpsError, errorCodes, errorJson, exitCodes, OpsError } from '../src/errors.ts';
import type { Io } from '../src/format.ts';
import { requestFailure } from '../src/kube.ts';
import { main } from '../src/run.ts';

const server = 'https://10.0.0.1:6443';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (t) => stdout.push(t), err: (t) => stderr.push(t) };
}

describe('exit codes', () => {
  it('map every error code to the documented exit code', () => {
    expect(exitCodes).toEqual({ ok: 0, failed: 1, usage: 2, unreachable: 3, releaseNotFound: 4, refused: 5 });
    expect(new OpsError('USAGE', 'x').exitCode).toBe(2);
    expect(new OpsError('UNKNOWN_DOMAIN', 'x').exitCode).toBe(2);
    expect(new OpsError('UNREACHABLE', 'x').exitCode).toBe(3);
    expect(new OpsError('UNAUTHORIZED', 'x').exitCode).toBe(3);
    expect(new OpsError('RELEASE_NOT_FOUND', 'x').exitCode).toBe(4);
    expect(new OpsError('HPA_OWNS_REPLICAS', 'x').exitCode).toBe(5);
    expect(new OpsError('ROLLOUT_TIMEOUT', 'x').exitCode).toBe(1);
    expect((Object.values(errorCodes) as number[]).includes(exitCodes.ok)).toBe(false);
  });

  it('serialise errors as a stable JSON object', () => {
    expect(JSON.parse(errorJson(new OpsError('RELEASE_NOT_FOUND', 'gone')))).toEqual({
      error: { code: 'RELEASE_NOT_FOUND', message: 'gone' },
    });
    expect(asOpsError(new Error('first line\nstack-ish detail'))).toMatchObject({
      code: 'FAILED',
      message: 'first line',
    });
  });
});

describe('requestFailure', () => {
  it('turns refused connections and timeouts into UNREACHABLE naming the server', () => {
    const refused = new TypeError('fetch failed', {
      cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }),
    });
    expect(requestFailure(refused, server)).toMatchObject({
      code: 'UNREACHABLE',
      message: `cannot reach the Kubernetes API server at ${server}: connection refused (ECONNREFUSED)`,
    });
    const timeout = new DOMException('The operation was aborted due to timeout', 'TimeoutError');
    expect(requestFailure(timeout, server)).toMatchObject({
      code: 'UNREACHABLE',
      message: `cannot reach the Kubernetes API server at ${server}: no answer within 8s`,
    });
  });

  it('turns 401 and 403 into exit 3 and other answers into FAILED with the server message', () => {
    expect(requestFailure(new ApiException(401, 'Unauthorized', undefined, {}), server).code).toBe(
      'UNAUTHORIZED',
    );
    const forbidden = new ApiException(403, 'x', JSON.stringify({ message: 'deployments is forbidden' }), {});
    expect(requestFailure(forbidden, server)).toMatchObject({
      code: 'FORBIDDEN',
      message: `forbidden by the API server at ${server}: deployments is forbidden`,
    });
    const invalid = new ApiException(422, 'x', { message: 'spec.replicas: Invalid value' }, {});
    expect(requestFailure(invalid, server)).toMatchObject({
      code: 'FAILED',
      message: `the API server at ${server} answered 422: spec.replicas: Invalid value`,
    });
  });
});

describe('main', () => {
  it('reports usage errors on stderr with exit 2, as JSON with -o json', async () => {
    const table = capture();
    expect(await main(['scale', 'cart', 'many'], table)).toBe(2);
    expect(table.stderr).toEqual(['error: replicas must be a non-negative integer, got "many"']);
    expect(table.stdout).toEqual([]);

    const json = capture();
    expect(await main(['status', 'nowhere', '-o', 'json'], json)).toBe(2);
    expect(JSON.parse(json.stderr[0] ?? '')).toMatchObject({ error: { code: 'UNKNOWN_DOMAIN' } });
  });

  it('prints help and version on stdout with exit 0', async () => {
    const io = capture();
    expect(await main(['--version'], io)).toBe(0);
    expect(io.stdout).toEqual(['emporium-ops 0.1.0']);
    expect(await main(['help', 'scale'], io)).toBe(0);
    expect(io.stdout[1]).toContain('scale <domain> <replicas> [--only service|mfe]');
    expect(io.stdout[1]).not.toContain('remotes\n');
  });
});
