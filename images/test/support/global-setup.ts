/**
 * Before the image tests: every image must be built (`make images`), and containers or networks left by an
 * interrupted run are removed (they carry our label; testcontainers' reaper is off, see vitest.config.ts).
 */
import { imageRef, imageSpecs } from '../../src/catalog.ts';
import { docker } from '../../src/docker.ts';
import { removeLeftovers } from '../../src/leftovers.ts';

export default async function setup() {
  if (!process.env.DOCKER_HOST) {
    throw new Error(
      'DOCKER_HOST is not set: run the image tests with `make test-images` (it starts the engine)',
    );
  }
  const missing: string[] = [];
  for (const spec of imageSpecs) {
    const { code } = await docker(['image', 'inspect', imageRef(spec)], { allowFailure: true });
    if (code !== 0) missing.push(imageRef(spec));
  }
  if (missing.length > 0) throw new Error(`Images not built (run \`make images\`): ${missing.join(', ')}`);
  await removeLeftovers();
  return removeLeftovers;
}
