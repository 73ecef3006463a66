/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed pincode directory into the logistics database named
 * by MONGODB_URI and MONGODB_DATABASE (default: the logistics service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { logisticsConfigSchema } from '../config.ts';
import { loadSeedDirectory } from './load.ts';
import { readSeedDirectory } from './seed-file.ts';

await runSeedCommand(logisticsConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedDirectory(db, await readSeedDirectory(), {
    ifEmpty,
  });
  return result.skipped
    ? `pincode directory already has data in ${database}; seed skipped (run \`make seed\` to reload it)`
    : `seeded ${result.pincodes} pincodes in ${result.zones} delivery zones into ${database}`;
});
