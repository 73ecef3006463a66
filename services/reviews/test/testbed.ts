import { useTestDatabase } from '@emporium/embedded-db/testing';
import { createService, loadConfig } from '@emporium/service-kit';
import {
  startTestService,
  type TestService,
  type TestTokenClaims,
  type TestTokens,
  testServiceKeys,
  testTokens,
} from '@emporium/service-kit/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
// The real product service, on its own test database with its seed catalog: reviews asks it whether a
// product exists and pushes ratings to it over HTTP.
import { productService } from '../../product/src/app.ts';
import { loadSeedCatalog } from '../../product/src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../../product/src/seed/seed-file.ts';
import { reviewsService } from '../src/app.ts';
import { reviewsConfigSchema } from '../src/config.ts';
import { type NeighbourDouble, startNeighbour } from './neighbour-double.ts';

export const api = '/reviews-service/api/v1';

export interface TestbedOptions {
  /** Point ORDER_SERVICE_URL at a port nothing listens on. */
  orderDown?: boolean;
}

/**
 * A reviews service on this test file's own database, calling a real product service (own database,
 * seeded), an order-service double that answers the purchase check from `purchases`, and an
 * activity-service double that collects the business events. Getters, because all exist after beforeAll.
 */
export function reviewsTestbed(testFileUrl: string, options: TestbedOptions = {}) {
  const db = useTestDatabase(testFileUrl);
  const productDb = useTestDatabase(testFileUrl);
  const keys = testServiceKeys();
  /** `${userId} ${productId}` of every purchase the order double knows. */
  const purchases = new Set<string>();
  const events: { type: string; subject: string; userId?: string; data?: Record<string, unknown> }[] = [];
  let app: FastifyInstance | undefined;
  let product: TestService | undefined;
  let order: NeighbourDouble | undefined;
  let activity: NeighbourDouble | undefined;
  let tokens: TestTokens | undefined;
  let catalog: SeedCatalog | undefined;
  let config: ReturnType<typeof loadConfig<typeof reviewsConfigSchema>> | undefined;

  beforeAll(async () => {
    tokens = await testTokens();
    catalog = await readSeedCatalog();
    await loadSeedCatalog(productDb.client.db(productDb.name), catalog);
    product = await startTestService(productService, {
      env: {
        MONGODB_URI: productDb.uri,
        MONGODB_DATABASE: productDb.name,
        TRUSTED_SERVICE_KEYS: keys.trusted('reviews'),
      },
    });
    order = await startNeighbour('order', keys.key('reviews'), {
      'GET /internal/purchases': ({ query }) => ({
        body: { purchased: purchases.has(`${query.get('userId')} ${query.get('productId')}`) },
      }),
    });
    activity = await startNeighbour('activity', keys.key('reviews'), {
      'POST /internal/events': ({ body }) => {
        events.push(...(body as { events: typeof events }).events);
        return { status: 202, body: { accepted: (body as { events: unknown[] }).events.length } };
      },
    });
    config = loadConfig(reviewsConfigSchema, {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('reviews'),
      PRODUCT_SERVICE_URL: product.url,
      // Port 9 (discard) on loopback: nothing listens, so every call is refused at once.
      ORDER_SERVICE_URL: options.orderDown ? 'http://127.0.0.1:9' : order.url,
      ACTIVITY_SERVICE_URL: activity.url,
    });
    app = await createService(reviewsService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await app.ready();
    await app.mongo.whenSetUp();
  });

  afterAll(async () => {
    await app?.close();
    await product?.close();
    await order?.close();
    await activity?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not ready`);
    return value;
  };

  const bed = {
    db,
    keys,
    purchases,
    events,
    app: () => ready(app, 'app'),
    product: () => ready(product, 'product service'),
    order: () => ready(order, 'order double'),
    catalog: () => ready(catalog, 'seed catalog'),
    tokens: () => ready(tokens, 'tokens'),
    async call(
      method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
      url: string,
      as?: TestTokenClaims,
      body?: unknown,
    ) {
      const headers = as ? await bed.tokens().headers(as) : {};
      const res = await bed.app().inject({
        method,
        url: `${api}${url}`,
        headers,
        ...(body !== undefined && { payload: body as Record<string, unknown> }),
      });
      // 204 has no body; everything else is JSON.
      return { status: res.statusCode, body: res.body ? res.json() : null, headers: res.headers };
    },
    /** A second instance of the service on the same database, as a second replica would be. */
    async replica(): Promise<FastifyInstance> {
      const second = await createService(reviewsService, {
        config: ready(config, 'config'),
        logger: { pretty: false },
        tokenKeys: bed.tokens().keys,
      });
      await second.ready();
      return second;
    },
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
