/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed coupons into the cart database named by
 * MONGODB_URI and MONGODB_DATABASE (default: the cart service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { cartConfigSchema } from '../config.ts';
import { loadSeedCoupons } from './load.ts';
import { readSeedCoupons } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = cartConfigSchema.properties;
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
  const seed = await readSeedCoupons();
  const result = await loadSeedCoupons(client.db(config.MONGODB_DATABASE), seed, {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `cart coupons already exist in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload them)\n`
      : `seeded ${result.coupons} coupons (${seed.coupons.map((c) => c.code).join(', ')}) into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
