/**
 * One database per test file, on the server the global setup started: tests never see each other's data,
 * and a file's database is dropped when the file is done.
 */
import { randomBytes } from 'node:crypto';
import { basename } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, inject } from 'vitest';
import type {} from './vitest-context.ts';

export interface TestDatabase {
  readonly uri: string;
  readonly name: string;
  readonly client: MongoClient;
}

/** A database name unique to this test file and run, for example `t_products_test_3fa9c1`. */
export function testDatabaseName(testFileUrl: string): string {
  const stem = basename(new URL(testFileUrl).pathname)
    .replace(/\.[cm]?[jt]sx?$/, '')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .slice(0, 40);
  return `t_${stem}_${randomBytes(3).toString('hex')}`;
}

/** Call at the top level of a test file: `const db = useTestDatabase(import.meta.url)`. */
export function useTestDatabase(testFileUrl: string): TestDatabase {
  const uri = inject('mongoUri');
  const name = testDatabaseName(testFileUrl);
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 5000 });
  afterAll(async () => {
    await client
      .db(name)
      .dropDatabase()
      .catch(() => {});
    await client.close();
  });
  return { uri, name, client };
}
