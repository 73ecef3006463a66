/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed pincode directory into the logistics database named
 * by MONGODB_URI and MONGODB_DATABASE (default: the logistics service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { logisticsConfigSchema } from '../config.ts';
import { loadSeedDirectory } from './load.ts';
import { readSeedDirectory } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = logisticsConfigSchema.properties;
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
  const result = await loadSeedDirectory(client.db(config.MONGODB_DATABASE), await readSeedDirectory(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `pincode directory already has data in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload it)\n`
      : `seeded ${result.pincodes} pincodes in ${result.zones} delivery zones into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
