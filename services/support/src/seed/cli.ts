/**
 * `node src/seed/cli.ts [--if-empty]`: loads example tickets of the dev customer into the support database
 * named by MONGODB_URI and MONGODB_DATABASE (default: the support service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { supportConfigSchema } from '../config.ts';
import { loadSeedTickets } from './load.ts';
import { readSeedTickets } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = supportConfigSchema.properties;
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
  const result = await loadSeedTickets(client.db(config.MONGODB_DATABASE), await readSeedTickets(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `support already has tickets in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload it)\n`
      : `seeded ${result.tickets} example tickets for the dev customer into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
