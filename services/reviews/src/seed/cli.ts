/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed reviews and rating summaries into the reviews
 * database named by MONGODB_URI and MONGODB_DATABASE (default: the reviews service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { reviewsConfigSchema } from '../config.ts';
import { loadSeedReviews } from './load.ts';
import { readSeedReviews } from './seed-file.ts';

await runSeedCommand(reviewsConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedReviews(db, await readSeedReviews(), {
    ifEmpty,
  });
  return result.skipped
    ? `reviews already exist in ${database}; seed skipped (run \`make seed\` to reload them)`
    : `seeded ${result.reviews} reviews of ${result.products} products into ${database}`;
});
