/**
 * A server we started as a child process (a database, a service of the local run): its output kept for
 * error messages or handed to a log printer, stopped with SIGTERM and then SIGKILL if it does not exit in
 * time, and never left running when our own process exits.
 */
import { type ChildProcess, spawn } from 'node:child_process';

export interface ManagedChild {
  readonly pid: number;
  /** The last few KB of the child's output (for error messages). */
  output(): string;
  running(): boolean;
  stop(): Promise<void>;
  readonly exited: Promise<number | null>;
}

export interface SpawnOptions {
  env?: NodeJS.ProcessEnv;
  /** Receives stdout and stderr as they come. */
  onOutput?: (chunk: Buffer) => void;
  /** How long stop() waits after SIGTERM before SIGKILL. */
  stopTimeoutMs?: number;
}

const running = new Set<ChildProcess>();
process.once('exit', () => {
  for (const child of running) child.kill('SIGKILL');
});

export function spawnManaged(command: string, args: string[], options: SpawnOptions = {}): ManagedChild {
  const child = spawn(command, args, { env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let out = '';
  const keep = (chunk: Buffer) => {
    out = (out + chunk.toString()).slice(-8000);
    options.onOutput?.(chunk);
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
      out += String(err);
      resolve(null);
    });
  });
  const isRunning = () => child.exitCode === null && child.signalCode === null && running.has(child);
  return {
    pid: child.pid ?? -1,
    output: () => out,
    running: isRunning,
    exited,
    async stop() {
      if (!isRunning()) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), options.stopTimeoutMs ?? 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
