import { apiPrefix } from '@emporium/registry';
import {
  claimsCaller,
  ready,
  type StandIn,
  startStandIn,
  type TestTokenClaims,
  testServiceKeys,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
import { afterAll, beforeAll } from 'vitest';
// The real product service, on its own test database with its seed catalog: reviews asks it whether a
// product exists and pushes ratings to it over HTTP.
import { productService } from '../../product/src/app.ts';
import { loadSeedCatalog } from '../../product/src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../../product/src/seed/seed-file.ts';
import { reviewsService } from '../src/app.ts';
import { reviewsConfigSchema } from '../src/config.ts';

export const api = '/reviews-service/api/v1';

export interface TestbedOptions {
  /** Point ORDER_SERVICE_URL at a port nothing listens on. */
  orderDown?: boolean;
}

/**
 * A reviews service on this test file's own database, calling a real product service (own database,
 * seeded), an order-service stand-in that answers the purchase check from `purchases`, and an
 * activity-service stand-in that collects the business events (both check the caller's service key like
 * the real services). Getters, because all exist after beforeAll.
 */
export function reviewsTestbed(testFileUrl: string, options: TestbedOptions = {}) {
  const keys = testServiceKeys();
  const tokens = useTestTokens();
  let catalog: SeedCatalog | undefined;
  const product = useTestService(testFileUrl, productService, {
    port: 0,
    seed: async (db) => {
      catalog = await readSeedCatalog();
      await loadSeedCatalog(db, catalog);
    },
    env: () => ({ TRUSTED_SERVICE_KEYS: keys.trusted('reviews') }),
  });
  /** `${userId} ${productId}` of every purchase the order stand-in knows. */
  const purchases = new Set<string>();
  const events: { type: string; subject: string; userId?: string; data?: Record<string, unknown> }[] = [];
  let order: StandIn | undefined;
  let activity: StandIn | undefined;

  beforeAll(async () => {
    order = await startStandIn({
      prefix: apiPrefix('order'),
      serviceKey: () => keys.key('reviews'),
      routes: {
        'GET /internal/purchases': ({ query }) => ({
          body: { purchased: purchases.has(`${query.get('userId')} ${query.get('productId')}`) },
        }),
      },
    });
    activity = await startStandIn({
      prefix: apiPrefix('activity'),
      serviceKey: () => keys.key('reviews'),
      routes: {
        'POST /internal/events': ({ body }) => {
          events.push(...(body as { events: typeof events }).events);
          return { status: 202, body: { accepted: (body as { events: unknown[] }).events.length } };
        },
      },
    });
  });
  // Registered before the reviews service's hooks, so it runs after the reviews service has closed.
  afterAll(async () => {
    await order?.close();
    await activity?.close();
  });
  const svc = useTestService(testFileUrl, reviewsService, {
    schema: reviewsConfigSchema,
    tokens,
    env: () => ({
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('reviews'),
      PRODUCT_SERVICE_URL: product.url(),
      // Port 9 (discard) on loopback: nothing listens, so every call is refused at once.
      ORDER_SERVICE_URL: options.orderDown ? 'http://127.0.0.1:9' : ready(order, 'order stand-in').url,
      ACTIVITY_SERVICE_URL: ready(activity, 'activity stand-in').url,
    }),
  });
  const signedIn = claimsCaller(svc.app, api, tokens);

  const bed = {
    db: svc.db,
    keys,
    purchases,
    events,
    app: svc.app,
    product: product.service,
    order: () => ready(order, 'order stand-in'),
    catalog: () => ready(catalog, 'seed catalog'),
    tokens,
    call: (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, as?: TestTokenClaims, body?: unknown) =>
      signedIn(method, url, { as, body }),
    /** A second instance of the service on the same database, as a second replica would be. */
    replica: svc.replica,
    /** The product as the product service shows it to shoppers. */
    async productRating(productId: string): Promise<{ average: number; count: number }> {
      const res = await fetch(`${bed.product().url}/product-service/api/v1/products/${productId}`);
      return ((await res.json()) as { rating: { average: number; count: number } }).rating;
    },
  };
  return bed;
}

let userCounter = 0;
/** A fresh customer for each use, so tests never trip over each other's one-review-per-product rule. */
export function newCustomer(name = 'Test Shopper'): TestTokenClaims {
  userCounter += 1;
  return {
    id: `cust-${process.pid}-${userCounter}-${Math.random().toString(36).slice(2, 8)}`,
    type: 'customer',
    name,
  };
}
