import { ready, testServiceKeys, useTestService } from '@emporium/service-kit/testing';
import { productService } from '../src/app.ts';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../src/seed/seed-file.ts';

/**
 * A product service on this test file's own database, loaded with the real seed catalog. It verifies
 * access tokens signed by `tokens()` and trusts the service keys in `keys` from cart, order and reviews.
 * Returns getters because the app exists only after beforeAll.
 */
export function seededProductService(testFileUrl: string) {
  const keys = testServiceKeys();
  let seed: SeedCatalog | undefined;
  const svc = useTestService(testFileUrl, productService, {
    seed: async (db) => {
      seed = await readSeedCatalog();
      await loadSeedCatalog(db, seed);
    },
    env: () => ({ TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'order', 'reviews') }),
  });
  return {
    db: svc.db,
    keys,
    app: svc.app,
    replica: svc.replica,
    seed: () => ready(seed, 'seed'),
    tokens: svc.tokens,
  };
}

export const api = '/product-service/api/v1';
