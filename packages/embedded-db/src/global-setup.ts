/**
 * Vitest global setup: one database server for the whole test run (whichever the launcher picks; CI here
 * uses FerretDB), its URI handed to the test files through `inject('mongoUri')`.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startDatabase } from './launch.ts';
import type {} from './vitest-context.ts';

export default async function setup(project: TestProject) {
  const dataDir = await mkdtemp(join(tmpdir(), 'emporium-test-db-'));
  const db = await startDatabase({ dataDir, port: 0 });
  process.stdout.write(`[${project.name}] test database: ${db.description}\n`);
  project.provide('mongoUri', db.uri);
  project.provide('mongoKind', db.kind);
  return async () => {
    await db.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
