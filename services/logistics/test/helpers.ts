/**
 * A logistics service on this test file's own FerretDB database, loaded with the real seed directory,
 * with test tokens and service keys. Returns getters: things exist only after beforeAll.
 */
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { createService, loadConfig } from '@emporium/service-kit';
import {
  type TestTokenClaims,
  type TestTokens,
  testServiceKeys,
  testTokens,
} from '@emporium/service-kit/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { logisticsService } from '../src/app.ts';
import { logisticsConfigSchema } from '../src/config.ts';
import { loadSeedDirectory } from '../src/seed/load.ts';
import { readSeedDirectory, type SeedDirectory } from '../src/seed/seed-file.ts';
import type { ShipmentDocument } from '../src/shipments/documents.ts';

export const api = '/logistics-service/api/v1';

export const users = {
  asha: { id: 'cust-asha', type: 'customer', name: 'Asha' },
  ravi: { id: 'cust-ravi', type: 'customer', name: 'Ravi' },
  seller: { id: 'seller-1', type: 'seller' },
  admin: { id: 'admin-1', type: 'admin' },
} as const satisfies Record<string, TestTokenClaims>;

export interface CallOptions {
  as?: TestTokenClaims;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Response {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are asserted field by field
  body: any;
  headers: Record<string, unknown>;
}

export function logisticsHarness(testFileUrl: string, options: { env?: () => Record<string, string> } = {}) {
  const db = useTestDatabase(testFileUrl);
  const keys = testServiceKeys();
  let tokens: TestTokens | undefined;
  let app: FastifyInstance | undefined;
  let seed: SeedDirectory | undefined;

  beforeAll(async () => {
    tokens = await testTokens();
    seed = await readSeedDirectory();
    await loadSeedDirectory(db.client.db(db.name), seed);
    const config = loadConfig(logisticsConfigSchema, {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('logistics'),
      // cart's key is valid here, but not for the shipment routes: it proves 403 for a wrong caller.
      TRUSTED_SERVICE_KEYS: keys.trusted('order', 'cart'),
      // Nothing listens on the discard port: the order service is "down" unless a test says otherwise.
      ORDER_SERVICE_URL: 'http://127.0.0.1:9',
      ...options.env?.(),
    });
    app = await createService(logisticsService, {
      config,
      logger: { pretty: false },
      tokenKeys: tokens.keys,
    });
    await app.ready();
    await app.mongo.whenSetUp();
  });

  afterAll(async () => {
    await app?.close();
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not ready`);
    return value;
  };

  async function call(
    method: InjectOptions['method'],
    url: string,
    { as, body, headers = {} }: CallOptions = {},
  ): Promise<Response> {
    const auth = as ? await need(tokens, 'tokens').headers(as) : {};
    const res = await need(app, 'app').inject({
      method,
      url: `${api}${url}`,
      headers: { ...auth, ...headers },
      ...(body !== undefined && { payload: body as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
  }

  /** A call from another service with its key. */
  const asService = (service: 'order' | 'cart') => ({ 'x-service-key': keys.key(service) });

  return {
    app: () => need(app, 'app'),
    keys,
    seed: () => need(seed, 'seed'),
    call,
    asService,
    shipments: () => db.client.db(db.name).collection<ShipmentDocument>('shipments'),
    db,
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
