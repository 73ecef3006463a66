/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed catalog into the product database named by
 * MONGODB_URI and MONGODB_DATABASE (default: the product service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { productConfigSchema } from '../config.ts';
import { loadSeedCatalog } from './load.ts';
import { readSeedCatalog } from './seed-file.ts';

await runSeedCommand(productConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedCatalog(db, await readSeedCatalog(), {
    ifEmpty,
  });
  return result.skipped
    ? `product catalog already has data in ${database}; seed skipped (run \`make seed\` to reload it)`
    : `seeded ${result.products} products in ${result.categories} categories into ${database}`;
});
