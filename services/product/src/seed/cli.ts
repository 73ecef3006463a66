/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed catalog into the product database named by
 * MONGODB_URI and MONGODB_DATABASE (default: the product service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { productConfigSchema } from '../config.ts';
import { loadSeedCatalog } from './load.ts';
import { readSeedCatalog } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = productConfigSchema.properties;
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
  const result = await loadSeedCatalog(client.db(config.MONGODB_DATABASE), await readSeedCatalog(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `product catalog already has data in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload it)\n`
      : `seeded ${result.products} products in ${result.categories} categories into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
