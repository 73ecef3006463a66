/**
 * Starts the platform exactly as `make up` does (startPlatform), on free ports and a throwaway database,
 * and hands its URL to the browser tests. The products MFE's standalone origin is whitelisted for CORS
 * like its dev server's is in `make up`.
 */
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, repoRoot } from '@emporium/embedded-db';
import { type RunningPlatform, startPlatform } from '@emporium/local-platform';
import { localDevOrigins } from '@emporium/registry';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    standalonePort: number;
    /** Each service's own URL (not through the gateway), for tests of internal routes. */
    serviceUrls: Record<string, string>;
    /** Each service's key of this run. */
    serviceKeys: Record<string, string>;
    /** The platform's database, for tests that start another replica of a service on it. */
    databaseUri: string;
  }
}

export default async function setup(project: TestProject) {
  const root = repoRoot();
  for (const mfe of ['host', 'products']) {
    if (!existsSync(join(root, 'mfes', mfe, 'dist', 'index.html'))) {
      throw new Error(
        `mfes/${mfe} is not built: run \`make build\` (make test does) before the browser tests`,
      );
    }
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'emporium-e2e-'));
  const gatewayPort = await freePort();
  const standalonePort = await freePort();
  const logs: string[] = [];
  let platform: RunningPlatform;
  try {
    platform = await startPlatform({
      repoRoot: root,
      dataDir,
      gatewayPort,
      servicePorts: 'free',
      log: (line) => logs.push(line),
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        // The tests share a few cores with the browser and every service, and the concurrency tests queue
        // many checkouts on one product's stock: calls between services may be slow here without anything
        // being down (an outage is a refused connection, which fails at once whatever the timeout).
        SERVICE_CALL_TIMEOUT_MS: process.env.SERVICE_CALL_TIMEOUT_MS ?? '20000',
        CORS_ORIGINS: [...localDevOrigins(gatewayPort), `http://127.0.0.1:${standalonePort}`].join(','),
      },
    });
  } catch (err) {
    process.stderr.write(`${logs.join('\n')}\n`);
    throw err;
  }
  project.provide('baseUrl', `http://127.0.0.1:${gatewayPort}`);
  project.provide('standalonePort', standalonePort);
  project.provide('serviceUrls', Object.fromEntries(platform.services.map((s) => [s.name, s.url])));
  project.provide('serviceKeys', Object.fromEntries(platform.serviceKeys));
  project.provide('databaseUri', platform.database.uri);
  return async () => {
    await platform.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
