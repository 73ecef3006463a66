/**
 * Everything a cart test file needs, real where it can be: the cart service on its own FerretDB database,
 * the real product service (in-process, listening on a free port, on a second database) with products
 * the test seeds, and stand-ins for logistics, order and activity. Returns getters: things exist only
 * after beforeAll.
 */
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
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import { productService } from '../../../product/src/app.ts';
import type { ProductDocument } from '../../../product/src/catalog/documents.ts';
import { cartService } from '../../src/app.ts';
import type { CartDocument } from '../../src/carts/documents.ts';
import type { CheckoutAttemptDocument, CheckoutClaimDocument } from '../../src/checkout/claims.ts';
import { cartConfigSchema } from '../../src/config.ts';
import type { CouponDocument, RedemptionDocument } from '../../src/coupons/documents.ts';
import {
  type ActivityStandIn,
  type OrderStandIn,
  startActivity,
  startLogistics,
  startOrders,
} from './dependencies.ts';
import type { StandIn } from './stand-in.ts';

export const api = '/cart-service/api/v1';

export interface CallOptions {
  as?: TestTokenClaims;
  guest?: string;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface Response {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: test responses are asserted field by field
  body: any;
  headers: Record<string, unknown>;
}

export function cartHarness(testFileUrl: string, options: { env?: Record<string, string> } = {}) {
  const cartDb = useTestDatabase(testFileUrl);
  const productDb = useTestDatabase(testFileUrl);
  const keys = testServiceKeys();
  let tokens: TestTokens | undefined;
  let app: FastifyInstance | undefined;
  let product: TestService | undefined;
  let logistics: StandIn | undefined;
  let orders: OrderStandIn | undefined;
  let activity: ActivityStandIn | undefined;

  beforeAll(async () => {
    tokens = await testTokens();
    product = await startTestService(productService, {
      env: {
        MONGODB_URI: productDb.uri,
        MONGODB_DATABASE: productDb.name,
        TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'order'),
      },
      tokenKeys: tokens.keys,
    });
    logistics = await startLogistics();
    orders = await startOrders(() => keys.key('cart'));
    activity = await startActivity();
    const config = loadConfig(cartConfigSchema, {
      MONGODB_URI: cartDb.uri,
      MONGODB_DATABASE: cartDb.name,
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('cart'),
      PRODUCT_SERVICE_URL: product.url,
      LOGISTICS_SERVICE_URL: logistics.url,
      ORDER_SERVICE_URL: orders.url,
      ACTIVITY_SERVICE_URL: activity.url,
      SERVICE_CALL_TIMEOUT_MS: '1500',
      ...options.env,
    });
    app = await createService(cartService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await app.ready();
    await app.mongo.whenSetUp();
  });

  afterAll(async () => {
    await app?.close();
    await product?.close();
    await Promise.all([logistics?.close(), orders?.close(), activity?.close()]);
  });

  const need = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not ready`);
    return value;
  };
  const cart = () => need(app, 'cart app');
  const cartData = (): Db => cartDb.client.db(cartDb.name);
  const productData = (): Db => productDb.client.db(productDb.name);

  async function call(
    method: string,
    url: string,
    { as, guest, body, headers = {} }: CallOptions = {},
  ): Promise<Response> {
    const auth = as ? await need(tokens, 'tokens').headers(as) : {};
    const res = await cart().inject({
      method: method as 'GET',
      url: `${api}${url}`,
      headers: { ...auth, ...(guest ? { 'x-guest-id': guest } : {}), ...headers },
      ...(body !== undefined && { payload: body as Record<string, unknown> }),
    });
    return { status: res.statusCode, body: res.body ? res.json() : undefined, headers: res.headers };
  }

  return {
    app: cart,
    keys,
    tokens: () => need(tokens, 'tokens'),
    product: () => need(product, 'product service'),
    logistics: () => need(logistics, 'logistics stand-in'),
    orders: () => need(orders, 'order stand-in'),
    activity: () => need(activity, 'activity stand-in'),
    call,
    carts: () => cartData().collection<CartDocument>('carts'),
    coupons: () => cartData().collection<CouponDocument>('coupons'),
    redemptions: () => cartData().collection<RedemptionDocument>('coupon_redemptions'),
    userRedemptions: () => cartData().collection<RedemptionDocument>('coupon_user_redemptions'),
    claims: () => cartData().collection<CheckoutClaimDocument>('checkouts'),
    attempts: () => cartData().collection<CheckoutAttemptDocument>('checkout_attempts'),
    products: () => productData().collection<ProductDocument>('products'),
    reservations: () => productData().collection<{ _id: string; status: string }>('reservations'),
    cartDb: cartData,
  };
}

export type CartHarness = ReturnType<typeof cartHarness>;
