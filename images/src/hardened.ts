/**
 * Runs an image with the constraints the chart gives every pod: read-only root filesystem with a writable
 * /tmp only, the image's numeric non-root uid, every capability dropped, no privilege escalation. The same
 * flags as `docker run --read-only --tmpfs /tmp --user <uid> --cap-drop ALL --security-opt no-new-privileges`.
 */
import { GenericContainer, type StartedNetwork, type StartedTestContainer, Wait } from 'testcontainers';
import { type ImageSpec, imageRef } from './catalog.ts';
import { docker } from './docker.ts';
import { type RunKind, runLabel } from './leftovers.ts';

/** testcontainers has no builder method for a read-only root filesystem; the Docker API has the flag. */
class HardenedContainer extends GenericContainer {
  constructor(image: string) {
    super(image);
    this.hostConfig.ReadonlyRootfs = true;
  }
}

export interface HardenedOptions {
  network?: StartedNetwork;
  /** Name on the network (an alias: container names are global, so two runs never collide). */
  name?: string;
  env?: Record<string, string>;
  /** What "started" means; default: the image's own health endpoint answers 200. */
  wait?: 'health' | 'port';
  /** Another image than the spec's own (the edge runs the nginx base with a mounted config). */
  image?: string;
  /** Which run the container belongs to (its label); default `test`. */
  run?: RunKind;
  /** Publish the port on this host port instead of a random one. */
  hostPort?: number;
  /** Read-only files mounted into the container. */
  mounts?: { source: string; target: string }[];
}

export interface StartedImage {
  container: StartedTestContainer;
  /** From asking Docker to start the container until /health answered 200 (or the port listened). */
  startSeconds: number;
  url: string;
}

export async function startHardened(spec: ImageSpec, options: HardenedOptions = {}): Promise<StartedImage> {
  let container = new HardenedContainer(options.image ?? imageRef(spec))
    .withUser(`${spec.uid}:${spec.uid}`)
    .withTmpFs({ '/tmp': 'rw,noexec,nosuid,size=64m' })
    .withDroppedCapabilities('ALL')
    .withSecurityOpt('no-new-privileges')
    .withExposedPorts(options.hostPort ? { container: spec.port, host: options.hostPort } : spec.port)
    .withLabels(runLabel(options.run ?? 'test'))
    .withEnvironment(options.env ?? {})
    .withStartupTimeout(90_000)
    .withWaitStrategy(
      options.wait === 'port' || spec.kind === 'database'
        ? Wait.forListeningPorts()
        : // Polled every 200 ms (testcontainers polls at its read timeout, 1 s by default), which is the
          // resolution of the start-to-healthy figure.
          Wait.forHttp('/health', spec.port).forStatusCode(200).withReadTimeout(200),
    );
  if (spec.kind === 'database') container = container.withTmpFs({ '/data': 'rw,size=512m' });
  if (options.mounts)
    container = container.withBindMounts(options.mounts.map((m) => ({ ...m, mode: 'ro' as const })));
  if (options.network) container = container.withNetwork(options.network);
  if (options.name) container = container.withNetworkAliases(options.name);
  const started = performance.now();
  const running = await container.start();
  return {
    container: running,
    startSeconds: (performance.now() - started) / 1000,
    url: `http://127.0.0.1:${running.getMappedPort(spec.port)}`,
  };
}

/** Removes a container and its anonymous volumes, whether it still runs or not. */
export async function removeContainer(container: StartedTestContainer): Promise<void> {
  await docker(['rm', '-f', '-v', container.getId()], { allowFailure: true });
}
