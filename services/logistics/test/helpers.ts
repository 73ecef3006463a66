/**
 * A logistics service on this test file's own FerretDB database, loaded with the real seed directory,
 * with test tokens and service keys. Returns getters: things exist only after beforeAll.
 */
import {
  claimsCaller,
  ready,
  testServiceKeys,
  testUsers,
  useTestService,
} from '@emporium/service-kit/testing';
import { logisticsService } from '../src/app.ts';
import { logisticsConfigSchema } from '../src/config.ts';
import { loadSeedDirectory } from '../src/seed/load.ts';
import { readSeedDirectory, type SeedDirectory } from '../src/seed/seed-file.ts';
import type { ShipmentDocument } from '../src/shipments/documents.ts';

export const api = '/logistics-service/api/v1';

export const users = testUsers;

export function logisticsHarness(testFileUrl: string, options: { env?: () => Record<string, string> } = {}) {
  const keys = testServiceKeys();
  let seed: SeedDirectory | undefined;
  const svc = useTestService(testFileUrl, logisticsService, {
    schema: logisticsConfigSchema,
    seed: async (db) => {
      seed = await readSeedDirectory();
      await loadSeedDirectory(db, seed);
    },
    env: () => ({
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('logistics'),
      // cart's key is valid here, but not for the shipment routes: it proves 403 for a wrong caller.
      TRUSTED_SERVICE_KEYS: keys.trusted('order', 'cart'),
      // Nothing listens on the discard port: the order service is "down" unless a test says otherwise.
      ORDER_SERVICE_URL: 'http://127.0.0.1:9',
      ...options.env?.(),
    }),
  });

  /** A call from another service with its key. */
  const asService = (service: 'order' | 'cart') => ({ 'x-service-key': keys.key(service) });

  return {
    app: svc.app,
    keys,
    seed: () => ready(seed, 'seed'),
    call: claimsCaller(svc.app, api, svc.tokens),
    asService,
    shipments: () => svc.data().collection<ShipmentDocument>('shipments'),
    db: svc.db,
  };
}

let orderCounter = 0;
/** A shipment request for a fresh order. */
export function shipmentRequest(overrides: Record<string, unknown> = {}) {
  orderCounter += 1;
  return {
    orderId: `order-${Date.now()}-${orderCounter}`,
    userId: users.asha.id,
    pincode: '560001',
    items: [{ productId: 'boat-rockerz-450', quantity: 2 }],
    ...overrides,
  };
}
