/**
 * `node src/seed/cli.ts [--if-empty]`: loads the seed pages, banners and FAQs into the content database
 * named by MONGODB_URI and MONGODB_DATABASE (default: the content service's own database).
 */
import { ConfigError, loadConfig } from '@emporium/service-kit';
import { MongoClient } from 'mongodb';
import { Type } from 'typebox';
import { contentConfigSchema } from '../config.ts';
import { loadSeedContent } from './load.ts';
import { readSeedContent } from './seed-file.ts';

const { MONGODB_URI, MONGODB_DATABASE } = contentConfigSchema.properties;
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
  const result = await loadSeedContent(client.db(config.MONGODB_DATABASE), await readSeedContent(), {
    ifEmpty: process.argv.includes('--if-empty'),
  });
  process.stdout.write(
    result.skipped
      ? `content already has pages in ${config.MONGODB_DATABASE}; seed skipped (run \`make seed\` to reload it)\n`
      : `seeded ${result.pages} pages, ${result.banners} banners and ${result.faqs} FAQs into ${config.MONGODB_DATABASE}\n`,
  );
} finally {
  await client.close();
}
