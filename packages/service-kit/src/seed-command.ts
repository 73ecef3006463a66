/**
 * The body of every service's `node src/seed/cli.ts [--if-empty]`: read MONGODB_URI and MONGODB_DATABASE
 * the way the service itself does (same defaults, same validation), connect, run the service's own
 * seeding, print its one-line summary, and exit 1 with a clear message on bad configuration.
 */
import { type Db, MongoClient } from 'mongodb';
import { type TObject, type TSchema, Type } from 'typebox';
import { ConfigError, loadConfig } from './config.ts';

export interface SeedRun {
  /** Only seed an empty database (the local run's first start); otherwise reload the seed data. */
  ifEmpty: boolean;
  /** The database's name, for the summary line. */
  database: string;
}

export async function runSeedCommand(
  configSchema: TObject<{ MONGODB_URI: TSchema; MONGODB_DATABASE: TSchema }>,
  seed: (db: Db, run: SeedRun) => Promise<string>,
): Promise<void> {
  const { MONGODB_URI, MONGODB_DATABASE } = configSchema.properties;
  let config: { MONGODB_URI: string; MONGODB_DATABASE: string };
  try {
    config = loadConfig(Type.Object({ MONGODB_URI, MONGODB_DATABASE })) as typeof config;
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`seed: ${err.message}\n`);
    process.exit(1);
  }
  const client = new MongoClient(config.MONGODB_URI, { serverSelectionTimeoutMS: 5000 });
  try {
    const database = config.MONGODB_DATABASE;
    const summary = await seed(client.db(database), {
      ifEmpty: process.argv.includes('--if-empty'),
      database,
    });
    process.stdout.write(`${summary}\n`);
  } finally {
    await client.close();
  }
}
