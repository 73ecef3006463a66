/**
 * Before the cluster tests: the cluster up (cluster.sh; reused when it already runs) with the images of
 * `make images` loaded into its node, and KUBECONFIG pointing every test file at its API server. After them
 * the cluster goes away, unless EMPORIUM_KEEP_CLUSTER=1 keeps it for a look around.
 */
import { clusterDown, clusterUp, loadImages } from '../src/cluster.ts';

export default async function setup(): Promise<() => Promise<void>> {
  if (!process.env.DOCKER_HOST) {
    throw new Error(
      'DOCKER_HOST is not set: run the cluster tests with `make test-cluster` (it starts the engine)',
    );
  }
  const started = Date.now();
  process.env.KUBECONFIG = await clusterUp();
  await loadImages();
  process.stderr.write(
    `cluster ready with the platform's images in ${Math.round((Date.now() - started) / 1000)} s\n`,
  );
  return async () => {
    if (process.env.EMPORIUM_KEEP_CLUSTER !== '1') await clusterDown();
  };
}
