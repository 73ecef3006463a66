/**
 * The whole platform from images on one Docker network: the embedded database, the nine services wired
 * exactly as the local run wires them (serviceEnvironment of @emporium/local-platform, with container names
 * instead of loopback ports), the eight micro frontends, and an nginx edge routing like the Ingress
 * (images/src/edge.ts). Seed data goes in from this machine through the database's published port with the
 * services' own seed commands. Every container runs hardened.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@emporium/embedded-db';
import { seedAll, serviceEnvironment } from '@emporium/local-platform';
import { mfes, type ServiceName, services } from '@emporium/registry';
import { Network, type StartedNetwork } from 'testcontainers';
import { baseImage, imageSpec, nginxUid } from './catalog.ts';
import { containerHost, edgeConfig } from './edge.ts';
import { removeContainer, type StartedImage, startHardened } from './hardened.ts';
import type { RunKind } from './leftovers.ts';

export interface ImagePlatform {
  /** The edge's URL: the shop. */
  url: string;
  containers: StartedImage[];
  stop(): Promise<void>;
}

const edgePort = 8080;

export interface ImagePlatformOptions {
  /** Label of every container: `test` (image tests) or `up` (`make up-images`). */
  run: RunKind;
  /** Host port of the edge; default: a free one. */
  edgeHostPort?: number;
  log?: (line: string) => void;
}

export async function startImagePlatform(options: ImagePlatformOptions): Promise<ImagePlatform> {
  const log = options.log ?? (() => {});
  const run = options.run;
  const network: StartedNetwork = await new Network().start();
  const started: StartedImage[] = [];
  const configDir = await mkdtemp(join(tmpdir(), 'emporium-edge-'));
  const stop = async () => {
    await Promise.all(started.map((s) => removeContainer(s.container)));
    await network.stop();
    await rm(configDir, { recursive: true, force: true });
  };
  try {
    const database = imageSpec('embedded-db');
    const db = await startHardened(database, { network, run, name: containerHost(database.name) });
    started.push(db);
    log('database started; seeding');
    const root = repoRoot();
    const hostUri = `mongodb://127.0.0.1:${db.container.getMappedPort(database.port)}/`;
    await seedAll({
      names: services.map((s) => s.name),
      repoRoot: root,
      env: { ...process.env, MONGODB_URI: hostUri, LOG_LEVEL: 'warn' },
      ifEmpty: true,
      log,
    });

    const url = (name: ServiceName) =>
      `http://${containerHost(`${name}-service`)}:${imageSpec(`${name}-service`).port}`;
    const environment = serviceEnvironment(
      {
        MONGODB_URI: `mongodb://${containerHost(database.name)}:${database.port}/`,
        LOG_LEVEL: 'warn',
        // Two cores run every container and the browser at once.
        SERVICE_CALL_TIMEOUT_MS: '15000',
      },
      url,
    );
    const env = (name: ServiceName) =>
      Object.fromEntries(
        Object.entries(environment.of(name)).filter((e): e is [string, string] => e[1] !== undefined),
      );
    started.push(
      ...(await Promise.all([
        ...services.map((s) =>
          startHardened(imageSpec(`${s.name}-service`), {
            network,
            run,
            name: containerHost(`${s.name}-service`),
            env: env(s.name),
          }),
        ),
        ...mfes.map((m) =>
          startHardened(imageSpec(`${m.name}-mfe`), { network, run, name: containerHost(`${m.name}-mfe`) }),
        ),
      ])),
    );

    const configFile = join(configDir, 'nginx.conf');
    await writeFile(configFile, edgeConfig(edgePort), { mode: 0o644 });
    const edge = await startHardened(
      { name: 'edge', kind: 'mfe', domain: 'edge', port: edgePort, uid: nginxUid, stopSignal: 'SIGQUIT' },
      {
        network,
        run,
        name: containerHost('edge'),
        wait: 'port',
        image: baseImage('NGINX_IMAGE'),
        hostPort: options.edgeHostPort,
        mounts: [{ source: configFile, target: '/etc/nginx/nginx.conf' }],
      },
    );
    started.push(edge);
    return { url: edge.url, containers: started, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
