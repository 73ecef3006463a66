/**
 * The two storefronts side by side on one platform: the local platform as `make up` runs it (services on
 * free ports, a throwaway database, its gateway serving the shipped MFEs), and a second gateway, created
 * with the same createGateway, the same runtime configuration and the same service instances, serving the
 * one-bundle build as the host. Only how the pages are composed differs between the two URLs.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '@emporium/embedded-db';
import { createGateway } from '@emporium/gateway';
import { type RunningPlatform, startPlatform } from '@emporium/local-platform';
import { localDevOrigins, type RuntimeConfig } from '@emporium/registry';
import type { FastifyInstance } from 'fastify';

export interface Storefronts {
  /** The platform as it ships: the host composes the remotes at runtime. */
  runtimeUrl: string;
  /** The same pages built as one bundle, through a gateway of its own. */
  oneBundleUrl: string;
  stop(): Promise<void>;
}

/** `oneBundleDir` holds host/dist, as mfes/ does for the shipped build. */
export async function startStorefronts(options: {
  repoRoot: string;
  oneBundleDir: string;
}): Promise<Storefronts> {
  const dataDir = await mkdtemp(join(tmpdir(), 'emporium-bench-frontend-'));
  const gatewayPort = await freePort();
  const oneBundlePort = await freePort();
  const logs: string[] = [];
  let platform: RunningPlatform | undefined;
  let oneBundle: FastifyInstance | undefined;
  const stop = async () => {
    await oneBundle?.close();
    await platform?.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
  try {
    platform = await startPlatform({
      repoRoot: options.repoRoot,
      dataDir,
      gatewayPort,
      servicePorts: 'free',
      log: (line) => logs.push(line),
      env: {
        ...process.env,
        LOG_LEVEL: 'warn',
        CORS_ORIGINS: [...localDevOrigins(gatewayPort), ...localDevOrigins(oneBundlePort)].join(','),
      },
    });
    const runtimeUrl = `http://127.0.0.1:${gatewayPort}`;
    const runtimeConfig = (await (await fetch(`${runtimeUrl}/runtime-config.json`)).json()) as RuntimeConfig;
    const serviceUrls = new Map(platform.services.map((s) => [s.name as string, s.url]));
    oneBundle = await createGateway({
      mfesDir: options.oneBundleDir,
      runtimeConfig,
      serviceUrls: (name, port) => [serviceUrls.get(name) ?? `http://127.0.0.1:${port}`],
    });
    await oneBundle.listen({ host: '127.0.0.1', port: oneBundlePort });
    return { runtimeUrl, oneBundleUrl: `http://127.0.0.1:${oneBundlePort}`, stop };
  } catch (error) {
    process.stderr.write(`${logs.slice(-40).join('\n')}\n`);
    await stop();
    throw error;
  }
}
