/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed reviews and rating summaries into the reviews
 * database named by MONGODB_URI and MONGODB_DATABASE (default: the reviews service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { reviewsConfigSchema } from '../config.ts';
import { loadSeedReviews } from './load.ts';
import { readSeedReviews } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = reviewsConfigSchema.properties;
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
  const result = await loadSeedReviews(client.db(config.MONGODB_DATABASE), await readSeedReviews(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `reviews already exist in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload them)\n`
      : `seeded ${result.reviews} reviews of ${result.products} products into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
