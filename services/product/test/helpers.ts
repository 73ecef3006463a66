import { useTestDatabase } from '@emporium/embedded-db/testing';
import { baseConfigSchema, createService, loadConfig } from '@emporium/service-kit';
import { type TestTokens, testServiceKeys, testTokens } from '@emporium/service-kit/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { productService } from '../src/app.ts';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../src/seed/seed-file.ts';

/**
 * A product service on this test file's own database, loaded with the real seed catalog. It verifies
 * access tokens signed by `tokens()` and trusts the service keys in `keys` from cart, order and reviews.
 * Returns getters because the app exists only after beforeAll.
 */
export function seededProductService(testFileUrl: string) {
  const db = useTestDatabase(testFileUrl);
  const keys = testServiceKeys();
  let app: FastifyInstance | undefined;
  let seed: SeedCatalog | undefined;
  let tokens: TestTokens | undefined;
  beforeAll(async () => {
    seed = await readSeedCatalog();
    tokens = await testTokens();
    await loadSeedCatalog(db.client.db(db.name), seed);
    const config = loadConfig(baseConfigSchema('product'), {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'warn',
      TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'order', 'reviews'),
    });
    app = await createService(productService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await app.ready();
    await app.mongo.whenSetUp();
  });
  afterAll(async () => {
    await app?.close();
  });
  return {
    db,
    keys,
    app: () => {
      if (!app) throw new Error('app not ready');
      return app;
    },
    seed: () => {
      if (!seed) throw new Error('seed not loaded');
      return seed;
    },
    tokens: () => {
      if (!tokens) throw new Error('tokens not ready');
      return tokens;
    },
  };
}

export const api = '/product-service/api/v1';
