/**
 * Everything an order test file needs, real where it can be: the order service, the real logistics
 * service and (when a file asks for it) the real product service, each listening on loopback with its own
 * FerretDB database and able to go down and come back on the same port; the activity service stands in
 * (it only records business events). Returns getters: things exist only after beforeAll.
 */
import { randomUUID } from 'node:crypto';
import { freePort } from '@emporium/embedded-db';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import {
  apiCaller,
  claimsCaller,
  type RestartableService,
  ready,
  type StandIn,
  startRestartableService,
  startStandIn,
  type TestServiceKeys,
  testServiceKeys,
  testUsers,
  useTestTokens,
} from '@emporium/service-kit/testing';
import { afterAll, beforeAll } from 'vitest';
import { logisticsService } from '../../../logistics/src/app.ts';
import { logisticsConfigSchema } from '../../../logistics/src/config.ts';
import { loadSeedDirectory } from '../../../logistics/src/seed/load.ts';
import { readSeedDirectory } from '../../../logistics/src/seed/seed-file.ts';
import type { ShipmentDocument } from '../../../logistics/src/shipments/documents.ts';
import { productService } from '../../../product/src/app.ts';
import { loadSeedCatalog } from '../../../product/src/seed/load.ts';
import { readSeedCatalog, type SeedCatalog } from '../../../product/src/seed/seed-file.ts';
import { orderService } from '../../src/app.ts';
import { orderConfigSchema } from '../../src/config.ts';
import type { OrderDocument } from '../../src/orders/documents.ts';

export const api = '/order-service/api/v1';

export const users = testUsers;

const inr = (amount: number) => ({ amount, currency: 'INR' as const });

export interface OrderRequestOptions {
  userId?: string;
  checkoutId?: string;
  pincode?: string;
  lines?: { productId: string; quantity: number; unitPrice: number; name?: string }[];
  discount?: number;
  shipping?: number;
}

/** A create-order body as the cart sends it, with totals that add up. */
export function orderRequest(options: OrderRequestOptions = {}) {
  const checkoutId = options.checkoutId ?? `chk-${randomUUID()}`;
  const lines = (options.lines ?? [{ productId: 'boat-rockerz-450', quantity: 2, unitPrice: 149900 }]).map(
    (l) => ({
      productId: l.productId,
      name: l.name ?? `Product ${l.productId}`,
      image: null,
      quantity: l.quantity,
      unitPrice: inr(l.unitPrice),
      lineTotal: inr(l.unitPrice * l.quantity),
    }),
  );
  const subtotal = lines.reduce((sum, l) => sum + l.lineTotal.amount, 0);
  const discount = options.discount ?? 0;
  const shipping = options.shipping ?? 0;
  return {
    userId: options.userId ?? users.asha.id,
    checkoutId,
    reservationId: checkoutId,
    lines,
    totals: {
      subtotal: inr(subtotal),
      discount: inr(discount),
      shipping: inr(shipping),
      total: inr(subtotal - discount + shipping),
    },
    coupon: discount > 0 ? { code: 'WELCOME10' } : null,
    shippingAddress: {
      name: 'Asha Verma',
      phone: '+919800000001',
      line1: '12, 4th Cross, Indiranagar',
      city: 'Bengaluru',
      state: 'Karnataka',
      pincode: options.pincode ?? '560038',
    },
    paymentMethod: 'cod' as const,
  };
}

export function orderHarness(testFileUrl: string, options: { withProduct?: boolean } = {}) {
  const orderDb = useTestDatabase(testFileUrl);
  const logisticsDb = useTestDatabase(testFileUrl);
  const productDb = useTestDatabase(testFileUrl);
  const keys: TestServiceKeys = testServiceKeys();
  const tokens = useTestTokens();
  let order: RestartableService | undefined;
  let logistics: RestartableService | undefined;
  let product: RestartableService | undefined;
  let activity: StandIn | undefined;
  let catalog: SeedCatalog | undefined;

  beforeAll(async () => {
    const [orderPort, logisticsPort, productPort] = await Promise.all([freePort(), freePort(), freePort()]);
    const url = (port: number) => `http://127.0.0.1:${port}`;
    const quiet = { LOG_LEVEL: 'silent' };
    activity = await startStandIn({
      serviceKey: () => keys.key('order'),
      routes: () => ({ status: 202, body: { accepted: true } }),
    });
    if (options.withProduct) {
      catalog = await readSeedCatalog();
      await loadSeedCatalog(productDb.client.db(productDb.name), catalog);
      product = await startRestartableService(productService, {
        port: productPort,
        tokenKeys: tokens().keys,
        env: () => ({
          ...quiet,
          MONGODB_URI: productDb.uri,
          MONGODB_DATABASE: productDb.name,
          TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'order'),
        }),
      });
    }
    await loadSeedDirectory(logisticsDb.client.db(logisticsDb.name), await readSeedDirectory());
    logistics = await startRestartableService(logisticsService, {
      port: logisticsPort,
      schema: logisticsConfigSchema,
      tokenKeys: tokens().keys,
      env: () => ({
        ...quiet,
        MONGODB_URI: logisticsDb.uri,
        MONGODB_DATABASE: logisticsDb.name,
        SERVICE_KEY: keys.key('logistics'),
        TRUSTED_SERVICE_KEYS: keys.trusted('order'),
        ORDER_SERVICE_URL: url(orderPort),
        ORDER_FEED_SWEEP_MS: '200',
        SERVICE_CALL_TIMEOUT_MS: '1000',
      }),
    });
    order = await startRestartableService(orderService, {
      port: orderPort,
      schema: orderConfigSchema,
      tokenKeys: tokens().keys,
      env: () => ({
        ...quiet,
        MONGODB_URI: orderDb.uri,
        MONGODB_DATABASE: orderDb.name,
        SERVICE_KEY: keys.key('order'),
        TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'logistics', 'reviews'),
        LOGISTICS_SERVICE_URL: url(logisticsPort),
        PRODUCT_SERVICE_URL: url(productPort),
        ACTIVITY_SERVICE_URL: activity?.url ?? '',
        FULFILMENT_SWEEP_MS: '200',
        FULFILMENT_RETRY_BASE_MS: '100',
        FULFILMENT_CALL_TIMEOUT_MS: '1000',
      }),
    });
  });

  afterAll(async () => {
    await order?.stop();
    await logistics?.stop();
    await product?.stop();
    await activity?.close();
  });

  const orderApp = () => ready(order, 'order service').app();
  const call = claimsCaller(orderApp, api, tokens);

  const asService = (service: 'cart' | 'logistics' | 'reviews' | 'product') => ({
    'x-service-key': keys.key(service),
  });

  /** The cart placing an order. */
  const place = (
    body: unknown,
    key: string = randomUUID(),
    headers: Record<string, string> = asService('cart'),
  ) => call('POST', '/internal/orders', { body, headers: { ...headers, 'idempotency-key': key } });

  /** Calls the logistics service as an admin (carrier events) or as a customer (tracking). */
  const logisticsCall = claimsCaller(
    () => ready(logistics, 'logistics service').app(),
    '/logistics-service/api/v1',
    tokens,
  );

  /** Calls the product service with a neighbour's key (reserving stock as the cart does). */
  const productCalls = apiCaller(
    () => ready(product, 'product service').app(),
    '/product-service/api/v1',
    () => ({}),
  );
  const productCall = (method: Parameters<typeof productCalls>[0], url: string, body?: unknown) =>
    productCalls(method, url, { body, headers: asService('cart') });

  return {
    keys,
    tokens,
    order: () => ready(order, 'order service'),
    logistics: () => ready(logistics, 'logistics service'),
    product: () => ready(product, 'product service'),
    catalog: () => ready(catalog, 'product catalog'),
    activity: () => ready(activity, 'activity stand-in'),
    call,
    place,
    asService,
    logisticsCall,
    productCall,
    orders: () => orderDb.client.db(orderDb.name).collection<OrderDocument>('orders'),
    shipments: () => logisticsDb.client.db(logisticsDb.name).collection<ShipmentDocument>('shipments'),
    products: () =>
      productDb.client.db(productDb.name).collection<{ _id: string; stock: number }>('products'),
    /** Business events the order service has sent to activity so far (after flushing its queue). */
    events: async () => {
      await orderApp().events.flush();
      return ready(activity, 'activity stand-in').calls.flatMap(
        (c) =>
          (
            c.body as {
              events: { type: string; subject: string; userId?: string; data?: Record<string, unknown> }[];
            }
          ).events,
      );
    },
  };
}

export type OrderHarness = ReturnType<typeof orderHarness>;
