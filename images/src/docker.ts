/**
 * The Docker CLI of the engine images/scripts/engine.sh started (Debian's CLI, which has BuildKit), run as
 * a child process: builds, inspection and clean-up use the CLI; the tests drive containers through
 * testcontainers on the same engine.
 */
import { spawn } from 'node:child_process';

export const dockerCli = process.env.DOCKER_CLI || '/usr/bin/docker';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `docker <args>`; rejects with its output when it fails (unless `allowFailure`). */
export function docker(
  args: readonly string[],
  options: { allowFailure?: boolean; inherit?: boolean; env?: NodeJS.ProcessEnv } = {},
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(dockerCli, args, {
      env: { ...process.env, DOCKER_BUILDKIT: '1', ...options.env },
      stdio: options.inherit ? ['ignore', 'inherit', 'inherit'] : ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout?.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const result = { code: code ?? 1, stdout, stderr };
      if (result.code !== 0 && !options.allowFailure) {
        reject(
          new Error(
            `docker ${args.slice(0, 3).join(' ')} … failed (${result.code}):\n${stderr.slice(-4000)}`,
          ),
        );
      } else {
        resolve(result);
      }
    });
  });
}

/** Image size in bytes (uncompressed, as `docker image ls` counts it). */
export async function imageSize(ref: string): Promise<number> {
  const { stdout } = await docker(['image', 'inspect', '--format', '{{.Size}}', ref]);
  return Number(stdout.trim());
}

/** The image's base: the `FROM` image its final stage starts from, read from our label. */
export async function imageLabel(ref: string, label: string): Promise<string> {
  const { stdout } = await docker([
    'image',
    'inspect',
    '--format',
    `{{index .Config.Labels "${label}"}}`,
    ref,
  ]);
  return stdout.trim();
}
