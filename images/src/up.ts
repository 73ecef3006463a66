/**
 * `make up-images`: the whole platform from the images on one Docker network (the same start-up the image
 * tests use), the edge published on IMAGES_PORT (8200). Runs until Ctrl-C, then removes every container.
 * `make down-images` removes what an interrupted run left.
 */

import { removeLeftovers } from './leftovers.ts';
import { startImagePlatform } from './platform.ts';

const port = Number(process.env.IMAGES_PORT || 8200);
const log = (line: string) => process.stdout.write(`${line}\n`);

if (process.argv[2] === 'down') {
  await removeLeftovers('up');
  log('removed the containers of `make up-images`');
} else {
  await removeLeftovers('up');
  log('starting the platform from images (database, nine services, eight micro frontends, edge) …');
  const platform = await startImagePlatform({ run: 'up', edgeHostPort: port, log });
  log(`\nEmporium (from images) is running: open ${platform.url.replace('127.0.0.1', 'localhost')}`);
  log(`  containers  ${platform.containers.length}, hardened (read-only, non-root, no capabilities)`);
  log('  Ctrl-C stops and removes them');
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    log('stopping …');
    await platform.stop();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  // Keep the process alive until a signal arrives.
  setInterval(() => {}, 1 << 30);
}
