/**
 * `node src/seed/cli.ts [--if-empty]`: loads the dev accounts into the user database named by MONGODB_URI
 * and MONGODB_DATABASE (default: the user service's own database). Development only: the passwords are
 * public (packages/dev-data).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { userConfigSchema } from '../config.ts';
import { loadSeedUsers } from './load.ts';
import { readSeedAddresses } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = userConfigSchema.properties;
let config: { MONGODB_URI: string; MONGODB_DATABASE: string };
try {
  config = loadConfig(Type.Object({ MONGODB_URI, MONGODB_DATABASE }));
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  process.stderr.write(`seed: ${err.message}\n`);
  process.exit(1);
}

const client = new MongoClient(config.MONGODB_URI, { serverSelectionTimeoutMS: 5000 });
try {
  const result = await loadSeedUsers(client.db(config.MONGODB_DATABASE), await readSeedAddresses(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `user accounts already exist in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload them)\n`
      : `seeded ${result.users} dev accounts with ${result.addresses} address(es) into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
