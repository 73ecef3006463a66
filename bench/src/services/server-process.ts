/**
 * A server under test as its own process. Its output goes to a log file, not a pipe: a service logs a line
 * per request, and reading (or pretty-printing) those lines here would take CPU from the measured server on
 * a small machine; a file costs the server the same write it makes in a container. Readiness is polled
 * every 20 ms, fine enough to time start-up. Every process is stopped when this one exits, even on failure.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface ServerProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  /** Milliseconds from spawn to the first 200 from the health path. */
  readonly readyMs: number;
  /** The end of the log file, for error messages. */
  logTail(): string;
  stop(): Promise<void>;
}

const live = new Set<ChildProcess>();
// SIGTERM, not SIGKILL: the platform launcher must still stop the services and database it started.
process.once('exit', () => {
  for (const child of live) child.kill('SIGTERM');
});

/** Stops every server still running (on Ctrl-C or a failure). */
export async function stopAllServers(): Promise<void> {
  await Promise.all(
    [...live].map(
      (child) =>
        new Promise<void>((resolve) => {
          child.once('exit', () => resolve());
          child.kill('SIGTERM');
          setTimeout(() => {
            child.kill('SIGKILL');
            resolve();
          }, 15_000).unref();
        }),
    ),
  );
}

export interface StartOptions {
  name: string;
  /** The script node runs, and its arguments. */
  args: string[];
  env: NodeJS.ProcessEnv;
  url: string;
  /** Answers 200 once the server is ready (default /health). */
  readyPath?: string;
  logDir: string;
  timeoutMs?: number;
}

export async function startServer(options: StartOptions): Promise<ServerProcess> {
  const logFile = join(options.logDir, `${options.name}.log`);
  const fd = openSync(logFile, 'a');
  const startedAt = performance.now();
  const child = spawn(process.execPath, options.args, { env: options.env, stdio: ['ignore', fd, fd] });
  closeSync(fd);
  live.add(child);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => live.delete(child));
  const running = () => child.exitCode === null && child.signalCode === null;
  const logTail = () => readFileSync(logFile, 'utf8').slice(-3000);
  const stop = async () => {
    if (!running()) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = startedAt + (options.timeoutMs ?? 120_000);
  const readyUrl = `${options.url}${options.readyPath ?? '/health'}`;
  let last = 'no answer';
  while (true) {
    if (!running()) throw new Error(`${options.name} exited while starting:\n${logTail()}`);
    try {
      const res = await fetch(readyUrl, { signal: AbortSignal.timeout(3000) });
      if (res.ok) {
        await res.arrayBuffer();
        break;
      }
      last = `${res.status} ${await res.text()}`;
    } catch (err) {
      last = String(err);
    }
    if (performance.now() > deadline) {
      await stop();
      throw new Error(`${options.name} did not answer 200 at ${readyUrl}: ${last}\n${logTail()}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  const readyMs = performance.now() - startedAt;
  return { name: options.name, url: options.url, pid: child.pid ?? -1, readyMs, logTail, stop };
}
