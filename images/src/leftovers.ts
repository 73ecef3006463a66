/**
 * Every container the image tests and `make up-images` start carries this label, so leftovers of an
 * interrupted run can be found and removed (testcontainers' reaper is off: it would need a registry).
 */
import { docker } from './docker.ts';

/** `test` for the image tests, `up` for `make up-images`: cleaning up after one never stops the other. */
export type RunKind = 'test' | 'up';

export const runLabel = (kind: RunKind) => ({ 'org.emporium.run': kind });

export async function removeLeftovers(kind: RunKind = 'test'): Promise<void> {
  const filter = `label=org.emporium.run=${kind}`;
  const containers = (await docker(['ps', '-aq', '--filter', filter])).stdout.split('\n').filter(Boolean);
  if (containers.length > 0) await docker(['rm', '-f', '-v', ...containers]);
  // testcontainers labels the networks it creates (it offers no way to add ours); only our runs use it here.
  const networks = (await docker(['network', 'ls', '-q', '--filter', 'label=org.testcontainers=true'])).stdout
    .split('\n')
    .filter(Boolean);
  if (networks.length > 0) await docker(['network', 'rm', ...networks], { allowFailure: true });
}
