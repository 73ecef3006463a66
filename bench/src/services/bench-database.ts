/**
 * The one database every measurement here shares: the embedded FerretDB the local run uses (or the
 * MongoDB of MONGODB_URI), with the product catalog seeded by the product service's own seed command.
 * Everything lives in databases named emporium_bench_<service>, so a MONGODB_URI deployment's real data
 * is never touched; those databases are dropped again at the end.
 */
import { join } from 'node:path';
import { type RunningDatabase, repoRoot, startDatabase } from '@emporium/embedded-db';
import { runSeed } from '@emporium/local-platform';
import type { ServiceName } from '@emporium/registry';
import { MongoClient } from 'mongodb';

export const benchDatabaseName = (service: ServiceName) => `emporium_bench_${service}`;

export async function startBenchDatabase(workDir: string): Promise<RunningDatabase> {
  return startDatabase({ dataDir: join(workDir, 'db'), port: 0 });
}

/** Loads the product seed catalog (200+ products in 12 categories) as `make up` does. */
export async function seedProductCatalog(uri: string): Promise<void> {
  await runSeed({
    name: 'product',
    repoRoot: repoRoot(),
    env: { ...process.env, MONGODB_URI: uri, MONGODB_DATABASE: benchDatabaseName('product') },
    ifEmpty: false,
    log: () => {},
  });
}

export async function dropBenchDatabases(uri: string, services: readonly ServiceName[]): Promise<void> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  try {
    for (const name of services) await client.db(benchDatabaseName(name)).dropDatabase();
  } finally {
    await client.close();
  }
}
