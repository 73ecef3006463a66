/**
 * Starting, loading and stopping the project's single-node cluster (cluster.sh) from TypeScript: the test
 * set-up and `make cluster-up` use these. The cluster needs root; cluster.sh says so when it is missing.
 */
import { imageRef, imageSpecs } from '@emporium/images/catalog';
import { clusterScript, run } from './tools.ts';

/** Starts the cluster (or finds it running) and returns its admin kubeconfig's path. */
export async function clusterUp(): Promise<string> {
  const { stdout, stderr } = await run(clusterScript, ['up']);
  process.stderr.write(stderr);
  const kubeconfig = stdout.trim().split('\n').at(-1);
  if (!kubeconfig) throw new Error('cluster.sh up printed no kubeconfig');
  return kubeconfig;
}

export async function clusterDown(): Promise<void> {
  await run(clusterScript, ['down']);
}

/** Every image the chart runs, as `make images` tagged them. */
export function platformImages(): string[] {
  return imageSpecs.map((spec) => imageRef(spec));
}

/** Copies images from the Docker engine (DOCKER_HOST) into the node's containerd. */
export async function loadImages(images: readonly string[] = platformImages()): Promise<void> {
  const { stderr } = await run(clusterScript, ['load-images', ...images]);
  process.stderr.write(stderr);
}
