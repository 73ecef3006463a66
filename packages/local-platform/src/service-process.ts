/**
 * One service of the local run as a child process: `node services/<name>/src/server.ts` with its
 * settings in the environment, ready when its /health answers 200, stopped with SIGTERM (graceful
 * shutdown) and SIGKILL only if it does not exit in time.
 */
import { join } from 'node:path';
import { spawnManaged } from '@emporium/embedded-db';
import type { ServiceName } from '@emporium/registry';
import { hasSeed } from './domains.ts';
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
  const child = spawnManaged(process.execPath, [script], {
    env: { ...options.env, PORT: String(options.port), HOST: '127.0.0.1' },
    onOutput: lineSplitter(prefixedPretty(options.name, options.log, options.colour)),
    stopTimeoutMs: 15_000,
  });
  const url = `http://127.0.0.1:${options.port}`;

  // Generous: nine services start at once, and on a small or busy machine loading one takes seconds.
  const deadline = Date.now() + (options.readyTimeoutMs ?? 120_000);
  let lastStatus = 'no answer';
  while (true) {
    if (!child.running()) throw new Error(`${options.name} service exited while starting: ${child.output()}`);
    try {
      const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
      if (res.ok) break;
      lastStatus = `${res.status} ${JSON.stringify(await res.json())}`;
    } catch (err) {
      lastStatus = String(err);
    }
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`${options.name} service did not become healthy at ${url}/health: ${lastStatus}`);
    }
    await new Promise((r) => setTimeout(r, 150));
  }

  return { name: options.name, url, pid: child.pid, stop: () => child.stop() };
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
  const child = spawnManaged(process.execPath, [script, ...(options.ifEmpty ? ['--if-empty'] : [])], {
    env: options.env,
    onOutput: lineSplitter(prefixedPretty(options.name, options.log, false)),
  });
  const code = await child.exited;
  if (code !== 0) throw new Error(`seeding the ${options.name} database failed (exit code ${code})`);
}

/**
 * Seeds every one of `names` that has seed data, in parallel, into the database MONGODB_URI in `env` names
 * (each into its own database, the service's default): the one start-up seeding of `make up`, the image
 * platform and the project's cluster.
 */
export async function seedAll(options: {
  names: readonly ServiceName[];
  repoRoot: string;
  env: NodeJS.ProcessEnv;
  ifEmpty: boolean;
  log: LogSink;
}): Promise<void> {
  const { names, ...seed } = options;
  await Promise.all(
    names.filter((name) => hasSeed(seed.repoRoot, name)).map((name) => runSeed({ name, ...seed })),
  );
}
