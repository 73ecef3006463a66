/**
 * A database server we started as a child process: waits for it to come up, stops it with SIGTERM
 * (then SIGKILL), and never leaves it running when our own process exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ManagedChild {
  readonly pid: number;
  /** Output of the child so far (for error messages). */
  output(): string;
  stop(): Promise<void>;
  readonly exited: Promise<number | null>;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function spawnManaged(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): ManagedChild {
  const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-8000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<number | null>((resolve) => {
    child.once('exit', (code) => {
      running.delete(child);
      resolve(code);
    });
    child.once('error', (err) => {
      running.delete(child);
      keep(Buffer.from(String(err)));
      resolve(null);
    });
  });
  return {
    pid: child.pid ?? -1,
    output: () => out,
    exited,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
