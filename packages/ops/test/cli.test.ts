/** The real binary as scripts run it: a spawned process, its streams and its exit code. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const cli = join(import.meta.dirname, '../src/cli.ts');

function run(...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 20_000 });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A kubeconfig whose server refuses connections: a loopback port nothing listens on. */
function unreachableKubeconfig(port: number): string {
  const file = join(mkdtempSync(join(tmpdir(), 'ops-cli-')), 'kubeconfig');
  writeFileSync(
    file,
    [
      'apiVersion: v1',
      'kind: Config',
      `clusters: [{name: c, cluster: {server: "https://127.0.0.1:${port}"}}]`,
      'contexts: [{name: c, context: {cluster: c, user: u, namespace: shop}}]',
      'current-context: c',
      'users: [{name: u, user: {token: t}}]',
    ].join('\n'),
  );
  return file;
}

describe('emporium-ops', () => {
  it('documents every command and exit code in --help', () => {
    const { code, stdout } = run('--help');
    expect(code).toBe(0);
    for (const command of [
      'status [domain]',
      'scale <domain>',
      'restart <domain>',
      'rollout status',
      'remotes',
    ]) {
      expect(stdout).toContain(command);
    }
    expect(stdout).toMatch(/^ {2}5 {2}refused: a HorizontalPodAutoscaler owns the replica count$/m);
  });

  it('exits 2 with one line on stderr for a usage error', () => {
    const { code, stdout, stderr } = run('scale', 'cart', '1.5');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe('error: replicas must be a non-negative integer, got "1.5"\n');
  });

  it('fails fast with exit 3 and the server address when the cluster is unreachable', () => {
    for (const port of [1, 2]) {
      const kubeconfig = unreachableKubeconfig(port);
      const started = Date.now();
      const table = run('status', '--kubeconfig', kubeconfig);
      expect(Date.now() - started).toBeLessThan(10_000);
      expect(table.code).toBe(3);
      expect(table.stderr).toMatch(
        new RegExp(
          `^error: cannot reach the Kubernetes API server at https://127\\.0\\.0\\.1:${port}: .+\\n$`,
        ),
      );
      expect(table.stderr).not.toContain('    at ');

      const json = run('remotes', '--kubeconfig', kubeconfig, '-o', 'json');
      expect(json.code).toBe(3);
      expect(JSON.parse(json.stderr).error).toMatchObject({ code: 'UNREACHABLE' });
      expect(JSON.parse(json.stderr).error.message).toContain(`https://127.0.0.1:${port}`);
    }
  });

  it('exits 2 for a context the kubeconfig does not have', () => {
    const { code, stderr } = run('status', '--kubeconfig', unreachableKubeconfig(2), '--context', 'prod');
    expect(code).toBe(2);
    expect(stderr).toBe('error: context "prod" is not in the kubeconfig (contexts: c)\n');
  });
});
