/**
 * The whole platform on one machine: the embedded database, every implemented service (seeded on first
 * run), and the gateway serving the built micro frontends. Used by `make up` and by the browser tests.
 */
import { join } from 'node:path';
import {
  repoRoot as findRepoRoot,
  freePort,
  portInUse,
  type RunningDatabase,
  startDatabase,
} from '@emporium/embedded-db';
import { createGateway } from '@emporium/gateway';
import { localDevOrigins, type ServiceName, service } from '@emporium/registry';
import type { FastifyInstance } from 'fastify';
import { implementedServices } from './domains.ts';
import { inProcessLogger, type LogSink, processLabel } from './log-lines.ts';
import { type ServiceEnvironment, serviceEnvironment } from './service-env.ts';
import { type ServiceProcess, seedAll, startServiceProcess } from './service-process.ts';

export interface PlatformOptions {
  repoRoot?: string;
  /** Where the embedded database keeps its files. */
  dataDir?: string;
  gatewayPort: number;
  /** Interface the gateway listens on. */
  gatewayHost?: string;
  dbPort?: number;
  /** 'registry' (default): each service on its registry port; 'free': free ports (tests, taken ports). */
  servicePorts?: 'registry' | 'free';
  log?: LogSink;
  colour?: boolean;
  env?: NodeJS.ProcessEnv;
}

export interface RunningPlatform {
  readonly url: string;
  readonly database: RunningDatabase;
  readonly services: readonly ServiceProcess[];
  readonly gateway: FastifyInstance;
  /** The service keys of this run (fresh on every start), for tests of internal routes. */
  readonly serviceKeys: ReadonlyMap<ServiceName, string>;
  stop(): Promise<void>;
}

export async function startPlatform(options: PlatformOptions): Promise<RunningPlatform> {
  const root = options.repoRoot ?? findRepoRoot();
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const env = options.env ?? process.env;
  const names = implementedServices(root);
  const ports = new Map<ServiceName, number>();
  for (const name of names)
    ports.set(name, options.servicePorts === 'free' ? await freePort() : service(name).port);
  const portOf = (name: ServiceName) => ports.get(name) ?? service(name).port;

  const busy: string[] = [];
  for (const [what, port] of [
    ['gateway', options.gatewayPort],
    ...names.map((n) => [`${n} service`, portOf(n)] as const),
  ] as const) {
    if (await portInUse(port)) busy.push(`${what} port ${port}`);
  }
  if (busy.length > 0) {
    throw new Error(
      `Ports already in use: ${busy.join(', ')}. Is the platform already running? \`make down\` stops it.`,
    );
  }

  const database = await startDatabase({
    dataDir: options.dataDir ?? join(root, '.data', 'db'),
    port: options.dbPort ?? 0,
    env,
  });
  log(`${processLabel('database')} ${database.description}`);
  const started: ServiceProcess[] = [];
  let gateway: FastifyInstance | undefined;
  let environment: ServiceEnvironment | undefined;

  const stop = async () => {
    await gateway?.close();
    await Promise.all(started.map((s) => s.stop()));
    await database.stop();
  };

  try {
    const serviceEnv = {
      ...env,
      MONGODB_URI: database.uri,
      CORS_ORIGINS: env.CORS_ORIGINS ?? localDevOrigins(options.gatewayPort).join(','),
      LOG_LEVEL: env.LOG_LEVEL ?? 'info',
    };
    environment = serviceEnvironment(serviceEnv, (n) => `http://127.0.0.1:${portOf(n)}`);
    const envOf = environment.of;
    await seedAll({ names, repoRoot: root, env: serviceEnv, ifEmpty: true, log });
    const processes = await Promise.allSettled(
      names.map((name) =>
        startServiceProcess({
          name,
          repoRoot: root,
          port: portOf(name),
          env: envOf(name),
          log,
          colour: options.colour ?? false,
        }),
      ),
    );
    for (const p of processes) if (p.status === 'fulfilled') started.push(p.value);
    const failed = processes.find((p) => p.status === 'rejected');
    if (failed) throw failed.reason;

    const urls = new Map(started.map((s) => [s.name, s.url]));
    gateway = await createGateway({
      mfesDir: join(root, 'mfes'),
      serviceUrls: (name, port) => [urls.get(name) ?? `http://127.0.0.1:${port}`],
      loggerInstance: inProcessLogger('gateway', log, options.colour ?? false, env.LOG_LEVEL ?? 'info'),
    });
    await gateway.listen({ host: options.gatewayHost ?? '127.0.0.1', port: options.gatewayPort });
  } catch (err) {
    await stop();
    throw err;
  }

  return {
    url: `http://localhost:${options.gatewayPort}`,
    database,
    services: started,
    gateway,
    serviceKeys: environment?.keys ?? new Map(),
    stop,
  };
}
