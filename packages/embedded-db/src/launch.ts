/**
 * Finds or starts the database for the local run and the tests, in this order:
 *   1. MONGODB_URI, when set (real MongoDB must work the same as the embedded one);
 *   2. a `mongod` on PATH;
 *   3. our FerretDB (built by `make ferretdb` from the Go module proxy);
 *   4. mongodb-memory-server, which downloads a real mongod (for machines with internet but no Go).
 * EMPORIUM_DB forces one kind. The result says which one was used and how to reach it.
 */
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { delimiter, join, resolve } from 'node:path';
import { spawnManaged } from './child.ts';
import { freePort, portInUse } from './ports.ts';
import { redactUri, waitUntilReachable } from './reachable.ts';
import { repoRoot } from './repo.ts';

export const databaseKinds = ['external', 'mongod', 'ferretdb', 'memory-server', 'container'] as const;
export type DatabaseKind = (typeof databaseKinds)[number];

export interface RunningDatabase {
  readonly kind: DatabaseKind;
  /** Connection string without a database name; each service appends its own database. */
  readonly uri: string;
  /** One line for humans: what runs where. */
  readonly description: string;
  /** Process id when we started the server ourselves. */
  readonly pid?: number;
  stop(): Promise<void>;
}

export interface LaunchOptions {
  /** Folder for the embedded database's files (a subfolder per kind). */
  dataDir: string;
  /** Port for a database we start; 0 picks a free one. A busy port falls back to a free one. */
  port?: number;
  env?: NodeJS.ProcessEnv;
}

export function ferretdbBinary(env: NodeJS.ProcessEnv = process.env): string {
  return env.EMPORIUM_FERRETDB_BIN || join(repoRoot(), '.tools', 'bin', 'emporium-ferretdb');
}

function onPath(command: string, env: NodeJS.ProcessEnv): string | undefined {
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    const candidate = join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/** The order the launcher tries, given what this machine has. */
export function candidateKinds(env: NodeJS.ProcessEnv = process.env): DatabaseKind[] {
  const forced = env.EMPORIUM_DB;
  if (forced) {
    if (!(databaseKinds as readonly string[]).includes(forced)) {
      throw new Error(`EMPORIUM_DB="${forced}" is not one of ${databaseKinds.join(', ')}`);
    }
    return [forced as DatabaseKind];
  }
  const kinds: DatabaseKind[] = [];
  if (env.MONGODB_URI) kinds.push('external');
  if (onPath('mongod', env)) kinds.push('mongod');
  if (existsSync(ferretdbBinary(env))) kinds.push('ferretdb');
  kinds.push('memory-server');
  return kinds;
}

async function choosePort(wanted: number | undefined): Promise<number> {
  if (wanted && !(await portInUse(wanted))) return wanted;
  return freePort();
}

async function startExternal(env: NodeJS.ProcessEnv): Promise<RunningDatabase> {
  const uri = env.MONGODB_URI;
  if (!uri) throw new Error('MONGODB_URI is not set');
  await waitUntilReachable(uri, 10000);
  return {
    kind: 'external',
    uri,
    description: `MongoDB from MONGODB_URI (${redactUri(uri)})`,
    stop: async () => {},
  };
}

/** Starts a database server process of ours on loopback and waits until it answers a ping. */
async function startServerProcess(
  kind: 'mongod' | 'ferretdb',
  command: string,
  args: string[],
  port: number,
  env: NodeJS.ProcessEnv,
  describe: (uri: string) => string,
): Promise<RunningDatabase> {
  const child = spawnManaged(command, args, { env });
  const uri = `mongodb://127.0.0.1:${port}/`;
  try {
    await Promise.race([
      waitUntilReachable(uri),
      child.exited.then((code) => {
        throw new Error(`${kind} exited (${code}): ${child.output()}`);
      }),
    ]);
  } catch (err) {
    await child.stop();
    throw err;
  }
  return { kind, uri, description: describe(uri), pid: child.pid, stop: () => child.stop() };
}

async function startMongod(opts: LaunchOptions, env: NodeJS.ProcessEnv): Promise<RunningDatabase> {
  const port = await choosePort(opts.port);
  const dbPath = join(opts.dataDir, 'mongod');
  await mkdir(dbPath, { recursive: true });
  const args = ['--dbpath', dbPath, '--port', String(port), '--bind_ip', '127.0.0.1', '--quiet'];
  return startServerProcess(
    'mongod',
    'mongod',
    args,
    port,
    env,
    (uri) => `mongod from PATH at ${uri} (data in ${dbPath})`,
  );
}

async function startFerretdb(opts: LaunchOptions, env: NodeJS.ProcessEnv): Promise<RunningDatabase> {
  const binary = ferretdbBinary(env);
  if (!existsSync(binary)) throw new Error(`FerretDB is not built (${binary}): run \`make ferretdb\``);
  const port = await choosePort(opts.port);
  const dataDir = join(opts.dataDir, 'ferretdb');
  const args = [
    '-listen',
    `127.0.0.1:${port}`,
    '-data-dir',
    dataDir,
    '-log-level',
    env.FERRETDB_LOG_LEVEL ?? 'error',
  ];
  return startServerProcess(
    'ferretdb',
    binary,
    args,
    port,
    { ...env, DO_NOT_TRACK: '1' },
    (uri) => `FerretDB 1.24.2 (embedded, SQLite) at ${uri} (data in ${dataDir})`,
  );
}

async function startMemoryServer(opts: LaunchOptions): Promise<RunningDatabase> {
  const { MongoMemoryServer } = await import('mongodb-memory-server-core');
  const port = await choosePort(opts.port);
  const dbPath = join(opts.dataDir, 'memory-server');
  await mkdir(dbPath, { recursive: true });
  const server = await MongoMemoryServer.create({
    instance: { port, ip: '127.0.0.1', dbPath, storageEngine: 'wiredTiger' },
  });
  const uri = server.getUri();
  return {
    kind: 'memory-server',
    uri,
    description: `mongod from mongodb-memory-server at ${uri} (data in ${dbPath})`,
    stop: async () => {
      await server.stop({ doCleanup: false });
    },
  };
}

async function startContainer(): Promise<RunningDatabase> {
  // Only for machines with Docker and a registry; imported lazily so nothing else needs testcontainers.
  const { MongoDBContainer } = await import('@testcontainers/mongodb');
  const container = await new MongoDBContainer('mongo:8.0').start();
  const uri = `${container.getConnectionString()}/?directConnection=true`;
  return {
    kind: 'container',
    uri,
    description: `MongoDB 8.0 container (testcontainers) at ${uri}`,
    stop: async () => {
      await container.stop();
    },
  };
}

const hints = [
  'set MONGODB_URI to a MongoDB you have',
  'or install Go and run `make ferretdb` (builds FerretDB from the Go module proxy)',
  'or put `mongod` on PATH',
  'or allow mongodb-memory-server to download mongod (needs internet)',
];

export async function startDatabase(opts: LaunchOptions): Promise<RunningDatabase> {
  const env = opts.env ?? process.env;
  const options = { ...opts, dataDir: resolve(opts.dataDir) };
  const failures: string[] = [];
  for (const kind of candidateKinds(env)) {
    try {
      switch (kind) {
        case 'external':
          return await startExternal(env);
        case 'mongod':
          return await startMongod(options, env);
        case 'ferretdb':
          return await startFerretdb(options, env);
        case 'memory-server':
          return await startMemoryServer(options);
        case 'container':
          return await startContainer();
      }
    } catch (err) {
      failures.push(`${kind}: ${err instanceof Error ? err.message : String(err)}`);
      // A database the user asked for explicitly must not be silently replaced by another one.
      if (kind === 'external' || env.EMPORIUM_DB) break;
    }
  }
  throw new Error(
    `No database could be started.\n${failures.map((f) => `  - ${f}`).join('\n')}\nTo fix: ${hints.join(', ')}.`,
  );
}
