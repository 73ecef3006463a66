/**
 * Pieces of the platform a test can start for itself, next to the shared one, when it must change one part
 * of the topology without disturbing the other test files:
 *  - another gateway over the same services and built MFEs (a user-service replica behind it instead of
 *    the platform's, or a runtime config that loads one remote from elsewhere);
 *  - one remote's own static server (its nginx pod in a cluster), which the test can stop and start again;
 *  - a replica of the user service on the platform's database, with settings of its own.
 */
import { join } from 'node:path';
import { freePort, repoRoot, spawnManaged } from '@emporium/embedded-db';
import { createGateway, createRemoteServer } from '@emporium/gateway';
import {
  apiPrefix,
  type RemoteName,
  type RuntimeConfig,
  type ServiceName,
  serviceCallers,
  serviceCalls,
  serviceUrlVariable,
} from '@emporium/registry';
import type { FastifyInstance } from 'fastify';

export interface Started {
  url: string;
  stop(): Promise<void>;
}

const mfesDir = () => join(repoRoot(), 'mfes');

async function listen(app: FastifyInstance, port = 0): Promise<string> {
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  if (!address || typeof address === 'string') throw new Error('the server has no port');
  return `http://127.0.0.1:${address.port}`;
}

/** The platform's runtime config as its gateway serves it. */
export async function platformRuntimeConfig(baseUrl: string): Promise<RuntimeConfig> {
  const res = await fetch(`${baseUrl}/runtime-config.json`);
  if (!res.ok) throw new Error(`runtime-config.json answered ${res.status}`);
  return (await res.json()) as RuntimeConfig;
}

/** A gateway over the platform's services (with `services` replacing some of them). */
export async function startGateway(options: {
  serviceUrls: Record<string, string>;
  services?: Partial<Record<ServiceName, string>>;
  runtimeConfig?: RuntimeConfig;
}): Promise<Started> {
  const app = await createGateway({
    mfesDir: mfesDir(),
    serviceUrls: (name, port) => [
      options.services?.[name as ServiceName] ?? options.serviceUrls[name] ?? `http://127.0.0.1:${port}`,
    ],
    ...(options.runtimeConfig ? { runtimeConfig: options.runtimeConfig } : {}),
  });
  const url = await listen(app);
  return { url, stop: () => app.close() };
}

/** One remote's own server; `stop()` takes it down, `restart()` brings it back on the same port. */
export async function startRemoteServer(remote: RemoteName): Promise<Started & { restart(): Promise<void> }> {
  const port = await freePort();
  let app = await createRemoteServer({ remote, mfesDir: mfesDir() });
  const url = await listen(app, port);
  let running = true;
  return {
    url,
    async stop() {
      if (!running) return;
      running = false;
      await app.close();
    },
    async restart() {
      if (running) return;
      app = await createRemoteServer({ remote, mfesDir: mfesDir() });
      await listen(app, port);
      running = true;
    },
  };
}

/**
 * Another instance of the user service on the platform's database, as a second replica would run: it
 * signs with the same stored key and keeps sessions in the same collections, so tokens it issues are
 * accepted by every other service. `env` sets what differs (for example ACCESS_TOKEN_TTL_SECONDS).
 */
export async function startUserReplica(options: {
  databaseUri: string;
  serviceUrls: Record<string, string>;
  serviceKeys: Record<string, string>;
  env: Record<string, string>;
}): Promise<Started> {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: options.databaseUri,
    PORT: String(port),
    HOST: '127.0.0.1',
    LOG_LEVEL: 'warn',
    JWKS_URL: `${url}${apiPrefix('user')}/.well-known/jwks.json`,
    SERVICE_KEY: options.serviceKeys.user,
    TRUSTED_SERVICE_KEYS: serviceCallers('user')
      .map((caller) => `${caller}=${options.serviceKeys[caller]}`)
      .join(','),
    NOTIFIER: 'dev-outbox',
    DEV_OUTBOX_ENABLED: 'true',
    COOKIE_SECURE: 'false',
    ...options.env,
  };
  for (const dependency of serviceCalls('user')) {
    env[serviceUrlVariable(dependency)] = options.serviceUrls[dependency];
  }
  const child = spawnManaged(process.execPath, [join(repoRoot(), 'services', 'user', 'src', 'server.ts')], {
    env,
    stopTimeoutMs: 10_000,
  });
  const deadline = Date.now() + 30_000;
  while (true) {
    if (!child.running()) throw new Error(`the user service replica exited: ${child.output()}`);
    const healthy = await fetch(`${url}/health`, { signal: AbortSignal.timeout(2000) })
      .then((res) => res.ok)
      .catch(() => false);
    if (healthy) break;
    if (Date.now() > deadline) {
      await child.stop();
      throw new Error(`the user service replica did not become healthy: ${child.output()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { url, stop: () => child.stop() };
}
