import { useTestDatabase } from '@emporium/embedded-db/testing';
import { baseConfigSchema, createService, loadConfig } from '@emporium/service-kit';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { productService } from '../src/app.ts';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../src/seed/seed-file.ts';

/**
 * A product service on this test file's own database, loaded with the real seed catalog.
 * Returns getters because the app exists only after beforeAll.
 */
export function seededProductService(testFileUrl: string) {
  const db = useTestDatabase(testFileUrl);
  let app: FastifyInstance | undefined;
  let seed: SeedCatalog | undefined;
  beforeAll(async () => {
    seed = await readSeedCatalog();
    await loadSeedCatalog(db.client.db(db.name), seed);
    const config = loadConfig(baseConfigSchema('product'), {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'warn',
    });
    app = await createService(productService, { config, logger: { pretty: false } });
    await app.ready();
    await app.mongo.whenSetUp();
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    db,
    app: () => {
      if (!app) throw new Error('app not ready');
      return app;
    },
    seed: () => {
      if (!seed) throw new Error('seed not loaded');
      return seed;
    },
  };
}

export const api = '/product-service/api/v1';
