/** What the image tests ask of a running container: its process, its filesystem, its health command, its exit. */
import type { StartedTestContainer } from 'testcontainers';
import { docker } from '../../src/docker.ts';

/** Real and effective uid of the container's PID 1, from /proc (every image has cat). */
export async function pid1Uids(container: StartedTestContainer): Promise<number[]> {
  const { output, exitCode } = await container.exec(['cat', '/proc/1/status']);
  if (exitCode !== 0) throw new Error(`cannot read /proc/1/status: ${output}`);
  const line = output.split('\n').find((l) => l.startsWith('Uid:'));
  if (!line) throw new Error(`no Uid line in /proc/1/status:\n${output}`);
  return line.split(/\s+/).slice(1, 3).map(Number);
}

/** Exit code of a shell command in the container (cat/sh exist in every image). */
export async function shell(container: StartedTestContainer, command: string): Promise<number> {
  return (await container.exec(['sh', '-c', command])).exitCode;
}

/** The image's HEALTHCHECK command (without its CMD marker), as Docker would run it. */
export async function healthCommand(ref: string): Promise<string[]> {
  const { stdout } = await docker(['image', 'inspect', '--format', '{{json .Config.Healthcheck.Test}}', ref]);
  const [form, ...command] = (JSON.parse(stdout) as string[] | null) ?? [];
  if (form !== 'CMD' || command.length === 0)
    throw new Error(`${ref} has no exec-form HEALTHCHECK: ${stdout}`);
  return command;
}

/**
 * Sends SIGTERM (what Kubernetes sends) and waits for the container to exit on its own.
 * Returns its exit code and how long the shutdown took.
 */
export async function terminate(
  container: StartedTestContainer,
): Promise<{ exitCode: number; seconds: number }> {
  const id = container.getId();
  const started = performance.now();
  await docker(['kill', '--signal', 'SIGTERM', id]);
  const { stdout } = await docker(['wait', id]);
  return { exitCode: Number(stdout.trim()), seconds: (performance.now() - started) / 1000 };
}
