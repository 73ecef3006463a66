/** Every container and network the image tests start carries this label, so leftovers can be found. */
import { docker } from '../../src/docker.ts';

export const testLabel = { 'org.emporium.test': 'images' } as const;
const filter = `label=org.emporium.test=images`;

export async function removeLeftovers(): Promise<void> {
  const containers = (await docker(['ps', '-aq', '--filter', filter])).stdout.split('\n').filter(Boolean);
  if (containers.length > 0) await docker(['rm', '-f', '-v', ...containers]);
  // testcontainers labels the networks it creates (it offers no way to add ours); only these tests use it here.
  const networks = (await docker(['network', 'ls', '-q', '--filter', 'label=org.testcontainers=true'])).stdout
    .split('\n')
    .filter(Boolean);
  if (networks.length > 0) await docker(['network', 'rm', ...networks], { allowFailure: true });
}
