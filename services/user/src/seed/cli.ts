/**
 * `node src/seed/cli.ts [--if-empty]`: loads the dev accounts into the user database named by MONGODB_URI
 * and MONGODB_DATABASE (default: the user service's own database). Development only: the passwords are
 * public (packages/dev-data).
 */
import { runSeedCommand } from '@emporium/service-kit';
import { userConfigSchema } from '../config.ts';
import { loadSeedUsers } from './load.ts';
import { readSeedAddresses } from './seed-file.ts';

await runSeedCommand(userConfigSchema, async (db, { ifEmpty, database }) => {
  const result = await loadSeedUsers(db, await readSeedAddresses(), {
    ifEmpty,
  });
  return result.skipped
    ? `user accounts already exist in ${database}; seed skipped (run \`make seed\` to reload them)`
    : `seeded ${result.users} dev accounts with ${result.addresses} address(es) into ${database}`;
});
