/**
 * `node src/seed/cli.ts [--if-empty]`: loads example tickets of the dev customer into the support database
 * named by MONGODB_URI and MONGODB_DATABASE (default: the support service's own database).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { supportConfigSchema } from '../config.ts';
import { loadSeedTickets } from './load.ts';
import { readSeedTickets } from './seed-file.ts';

await runSeedCommand(supportConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedTickets(db, await readSeedTickets(), {
    ifEmpty,
  });
  return result.skipped
    ? `support already has tickets in ${database}; seed skipped (run \`make seed\` to reload it)`
    : `seeded ${result.tickets} example tickets for the dev customer into ${database}`;
});
