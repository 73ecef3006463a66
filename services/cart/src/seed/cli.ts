/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed coupons into the cart database named by
 * MONGODB_URI and MONGODB_DATABASE (default: the cart service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { cartConfigSchema } from '../config.ts';
import { loadSeedCoupons } from './load.ts';
import { readSeedCoupons } from './seed-file.ts';

await runSeedCommand(cartConfigSchema, async (db, { ifEmpty, database }) => {
  const seed = await readSeedCoupons();
  const result = await loadSeedCoupons(db, seed, {
    ifEmpty,
  });
  return result.skipped
    ? `cart coupons already exist in ${database}; seed skipped (run \`make seed\` to reload them)`
    : `seeded ${result.coupons} coupons (${seed.coupons.map((c) => c.code).join(', ')}) into ${database}`;
});
