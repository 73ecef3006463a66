/**
 * One service of the local run as a child process: `node services/<name>/src/server.ts` with its
 * settings in the environment, ready when its /health answers 200, stopped with SIGTERM (graceful
 * shutdown) and SIGKILL only if it does not exit in time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { type LogSink, lineSplitter, prefixedPretty } from './log-lines.ts';

export interface ServiceProcess {
  readonly name: string;
  readonly url: string;
  readonly pid: number;
  stop(): Promise<void>;
}

export async function startServiceProcess(options: {
  name: string;
  repoRoot: string;
  port: number;
  env: NodeJS.ProcessEnv;
  log: LogSink;
  colour: boolean;
  readyTimeoutMs?: number;
}): Promise<ServiceProcess> {
  const script = join(options.repoRoot, 'services', options.name, 'src', 'server.ts');
  const child: ChildProcess = spawn(process.execPath, [script], {
    env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const print = prefixedPretty(options.name, options.log, options.colour);
  child.stdout?.on('data', lineSplitter(print));
  child.stderr?.on('data', lineSplitter(print));
  const exited = once(child, 'exit');
  const url = `http://127.0.0.1:${options.port}`;

  const deadline = Date.now() + (options.readyTimeoutMs ?? 30_000);
  let lastStatus = 'no answer';
  while (true) {
    if (child.exitCode !== null)
      throw new Error(`${options.name} service exited with code ${child.exitCode} while starting`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.ok) break;
      lastStatus = `${res.status} ${JSON.stringify(await res.json())}`;
    } catch (err) {
      lastStatus = String(err);
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${options.name} service did not become healthy at ${url}/health: ${lastStatus}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return {
    name: options.name,
    url,
    pid: child.pid ?? -1,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

/** Runs a service's seed command (`services/<name>/src/seed/cli.ts`) to completion. */
export async function runSeed(options: {
  name: string;
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  ifEmpty: boolean;
  log: LogSink;
}): Promise<void> {
  const script = join(options.repoRoot, 'services', options.name, 'src', 'seed', 'cli.ts');
  const child = spawn(process.execPath, [script, ...(options.ifEmpty ? ['--if-empty'] : [])], {
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const print = prefixedPretty(options.name, options.log, false);
  child.stdout.on('data', lineSplitter(print));
  child.stderr.on('data', lineSplitter(print));
  const [code] = (await once(child, 'exit')) as [number | null];
  if (code !== 0) throw new Error(`seeding the ${options.name} database failed (exit code ${code})`);
}
