/**
 * The three servers of the hot-path comparison, each started as its own process on the same database:
 * our product service as the platform runs it, the plain Express 5 app, and bare node:http.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, repoRoot } from '@emporium/embedded-db';
import { benchDatabaseName } from './bench-database.ts';
import { type ServerProcess, startServer } from './server-process.ts';
import { serviceEnv } from './service-env.ts';

export interface BenchContext {
  databaseUri: string;
  /** The database server's process, when we started it (its CPU time is measured too). */
  databasePid: number | undefined;
  logDir: string;
}

export type ContenderKey = 'ours' | 'express' | 'raw';

export interface Contender {
  key: ContenderKey;
  label: string;
  start(ctx: BenchContext, extraEnv?: NodeJS.ProcessEnv): Promise<ServerProcess>;
}

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

export const productServiceScript = () => join(repoRoot(), 'services', 'product', 'src', 'server.ts');

async function plain(ctx: BenchContext, key: ContenderKey, script: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: `${key}-product-list`,
    args: [here(script)],
    env: {
      ...process.env,
      PORT: String(port),
      MONGODB_URI: ctx.databaseUri,
      MONGODB_DATABASE: benchDatabaseName('product'),
    },
    url: `http://127.0.0.1:${port}`,
    logDir: ctx.logDir,
  });
}

export const contenders: readonly Contender[] = [
  {
    key: 'ours',
    label: 'ours (product service: Fastify 5 + service kit)',
    async start(ctx, extraEnv = {}) {
      const port = await freePort();
      return startServer({
        name: `product-service${extraEnv.LOG_LEVEL ? `-${extraEnv.LOG_LEVEL}` : ''}`,
        args: [productServiceScript()],
        env: { ...serviceEnv('product', ctx.databaseUri, port), ...extraEnv },
        url: `http://127.0.0.1:${port}`,
        logDir: ctx.logDir,
      });
    },
  },
  {
    key: 'express',
    label: 'Express 5 + driver (plain)',
    start: (ctx) => plain(ctx, 'express', './express-product-list.ts'),
  },
  {
    key: 'raw',
    label: 'limit: node:http + driver',
    start: (ctx) => plain(ctx, 'raw', './raw-product-list.ts'),
  },
];
