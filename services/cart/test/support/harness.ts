/**
 * Everything a cart test file needs, real where it can be: the cart service on its own FerretDB database,
 * the real product service (in-process, listening on a free port, on a second database) with products
 * the test seeds, and stand-ins for logistics, order and activity. Returns getters: things exist only
 * after beforeAll.
 */
import {
  type CallOptions,
  claimsCaller,
  ready,
  type StandIn,
  type TestTokenClaims,
  testServiceKeys,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
import type { InjectOptions } from 'fastify';
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

export const api = '/cart-service/api/v1';

export function cartHarness(testFileUrl: string, options: { env?: Record<string, string> } = {}) {
  const keys = testServiceKeys();
  const tokens = useTestTokens();
  // The real product service, listening: the cart calls it over HTTP as in production.
  const product = useTestService(testFileUrl, productService, {
    port: 0,
    tokens,
    env: () => ({ TRUSTED_SERVICE_KEYS: keys.trusted('cart', 'order') }),
  });
  let logistics: StandIn | undefined;
  let orders: OrderStandIn | undefined;
  let activity: ActivityStandIn | undefined;

  beforeAll(async () => {
    logistics = await startLogistics();
    orders = await startOrders(() => keys.key('cart'));
    activity = await startActivity();
  });
  // Registered before the cart service's hooks, so it runs after the cart service has closed.
  afterAll(async () => {
    await Promise.all([logistics?.close(), orders?.close(), activity?.close()]);
  });
  const svc = useTestService(testFileUrl, cartService, {
    schema: cartConfigSchema,
    tokens,
    env: () => ({
      LOG_LEVEL: 'silent',
      SERVICE_KEY: keys.key('cart'),
      PRODUCT_SERVICE_URL: product.url(),
      LOGISTICS_SERVICE_URL: ready(logistics, 'logistics stand-in').url,
      ORDER_SERVICE_URL: ready(orders, 'order stand-in').url,
      ACTIVITY_SERVICE_URL: ready(activity, 'activity stand-in').url,
      SERVICE_CALL_TIMEOUT_MS: '1500',
      ...options.env,
    }),
  });

  const cartData = (): Db => svc.data();
  const productData = (): Db => product.data();
  const signedIn = claimsCaller(svc.app, api, tokens);

  /** A call to the cart API, signed in (`as`) or as a guest (`guest`: the x-guest-id). */
  const call = (
    method: InjectOptions['method'],
    url: string,
    { guest, headers, ...rest }: CallOptions<TestTokenClaims> & { guest?: string } = {},
  ) => signedIn(method, url, { ...rest, headers: { ...(guest ? { 'x-guest-id': guest } : {}), ...headers } });

  return {
    app: svc.app,
    keys,
    tokens,
    /** The real product service: its app, URL, and `close` to take it down. */
    product: product.service,
    logistics: () => ready(logistics, 'logistics stand-in'),
    orders: () => ready(orders, 'order stand-in'),
    activity: () => ready(activity, 'activity stand-in'),
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
