/**
 * The binaries the cluster code drives: kubectl from the cluster's own build (`make cluster-tools`), Helm 4
 * from `make helm`, and cluster.sh itself. Each runs as a child process; failures carry its stderr.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pinnedTool, repoRoot } from '@emporium/charts/pinned-tool';

export { repoRoot };
export const clusterScript = join(repoRoot, 'k8s', 'cluster', 'cluster.sh');
export const clusterBin = process.env.EMPORIUM_CLUSTER_BIN || join(repoRoot, '.tools', 'cluster', 'bin');

export interface RunResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export interface RunOptions {
  /** Resolve with the exit code instead of rejecting on failure. */
  readonly allowFailure?: boolean;
  readonly input?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly timeoutMs?: number;
}

export function run(binary: string, args: readonly string[], options: RunOptions = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = execFile(
      binary,
      [...args],
      { maxBuffer: 64 * 1024 * 1024, env: options.env ?? process.env, timeout: options.timeoutMs ?? 0 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        if (code !== 0 && !options.allowFailure) {
          reject(
            new Error(`${binary} ${args.join(' ')} failed (exit ${code}): ${stderr.trim() || stdout.trim()}`),
          );
          return;
        }
        resolve({ code, stdout, stderr });
      },
    );
    if (options.input !== undefined) child.stdin?.end(options.input);
  });
}

export function kubectlBinary(): string {
  const binary = join(clusterBin, 'kubectl');
  if (!existsSync(binary)) throw new Error(`${binary} is missing: \`make cluster-tools\` builds it`);
  return binary;
}

export function helmBinary(): string {
  return pinnedTool('helm4', 'EMPORIUM_HELM4', '`make helm` installs Helm 3 and Helm 4');
}

export function kubectl(
  kubeconfig: string,
  args: readonly string[],
  options?: RunOptions,
): Promise<RunResult> {
  return run(kubectlBinary(), ['--kubeconfig', kubeconfig, ...args], options);
}

export function helm(kubeconfig: string, args: readonly string[], options?: RunOptions): Promise<RunResult> {
  return run(helmBinary(), ['--kubeconfig', kubeconfig, ...args], options);
}
