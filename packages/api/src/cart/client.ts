/**
 * The cart service, typed: the shopper's bag, its coupon, the delivery quote and checkout. Every call that
 * answers with a cart reports its unit count, so the header's cart badge follows whichever MFE changed it.
 */
import { apiPrefix } from '@emporium/registry';
import { shopStore } from '@emporium/store';
import { deleteJson, getJson, patchJson, postJson, type RequestOptions } from '../client.ts';
import { idempotencyHeader } from '../idempotency.ts';
import type { CallOptions } from '../products/client.ts';
import type { Cart, CheckoutQuote, CheckoutRequest, CheckoutResult } from './types.ts';

const base = apiPrefix('cart');

/** The header badge follows every cart answer, whichever MFE asked. */
function counted(cart: Cart): Cart {
  shopStore.getState().setCartCount(cart.itemCount);
  return cart;
}

const item = (productId: string) => `${base}/cart/items/${encodeURIComponent(productId)}`;

/**
 * Checkout may be repeated safely because the Idempotency-Key makes the service answer a repeat with the
 * same order: a timeout, a dropped connection, a gateway hiccup or the service's own "still running" 409
 * are retried with the same key. Any other refusal (out of stock, coupon no longer valid) is final.
 */
const checkoutRetry: RequestOptions['retry'] = {
  limit: 3,
  methods: ['post'],
  statusCodes: [408, 409, 502, 503, 504],
  afterStatusCodes: [409, 503],
  maxRetryAfter: 5_000,
  backoffLimit: 3_000,
  retryOnTimeout: true,
  shouldRetry: ({ error }) => {
    const data = (error as { data?: unknown; response?: Response }).data as { code?: unknown } | undefined;
    const status = (error as { response?: Response }).response?.status;
    if (status === 409) return data?.code === 'CHECKOUT_IN_PROGRESS';
    return undefined;
  },
};

export interface CheckoutOptions extends CallOptions {
  /** From newIdempotencyKey() (@emporium/api), made once per checkout attempt and reused when the shopper retries it. */
  idempotencyKey: string;
}

export const cartApi = {
  /** The cart of the signed-in customer, or of the guest (x-guest-id) before sign-in. */
  async getCart(options: CallOptions = {}): Promise<Cart> {
    return counted(await getJson<Cart>(`${base}/cart`, options));
  },
  /** Adds to the product's line if there is one; 409 QUANTITY_LIMIT_REACHED, INSUFFICIENT_STOCK, CART_FULL. */
  async addItem(productId: string, quantity = 1, options: CallOptions = {}): Promise<Cart> {
    return counted(await postJson<Cart>(`${base}/cart/items`, { productId, quantity }, options));
  },
  /** Sets a line's quantity (1 to maxLineQuantity). */
  async updateQuantity(productId: string, quantity: number, options: CallOptions = {}): Promise<Cart> {
    return counted(await patchJson<Cart>(item(productId), { quantity }, options));
  },
  async removeItem(productId: string, options: CallOptions = {}): Promise<Cart> {
    return counted(await deleteJson<Cart>(item(productId), options));
  },
  /** Empties the cart, coupon included. */
  async clear(options: CallOptions = {}): Promise<Cart> {
    return counted(await deleteJson<Cart>(`${base}/cart`, options));
  },
  /**
   * Any case; the service upper-cases it. 404 COUPON_NOT_FOUND; 422 COUPON_EXPIRED, COUPON_NOT_YET_ACTIVE,
   * COUPON_MIN_ORDER_NOT_MET, COUPON_USAGE_LIMIT_REACHED.
   */
  async applyCoupon(code: string, options: CallOptions = {}): Promise<Cart> {
    return counted(await postJson<Cart>(`${base}/cart/coupon`, { code: code.trim() }, options));
  },
  async removeCoupon(options: CallOptions = {}): Promise<Cart> {
    return counted(await deleteJson<Cart>(`${base}/cart/coupon`, options));
  },
  /** Totals with shipping and the delivery estimate for a pincode; 422 CART_EMPTY. */
  quote(pincode: string, options: CallOptions = {}): Promise<CheckoutQuote> {
    return getJson<CheckoutQuote>(`${base}/checkout/quote`, { ...options, searchParams: { pincode } });
  },
  /**
   * Places the order (customers only). The same key with the same body returns the same order, so this
   * is safe to call again with the same key after any failure. The cart is empty afterwards.
   */
  async checkout(
    request: CheckoutRequest,
    { idempotencyKey, ...options }: CheckoutOptions,
  ): Promise<CheckoutResult> {
    const result = await postJson<CheckoutResult>(`${base}/checkout`, request, {
      ...options,
      headers: { [idempotencyHeader]: idempotencyKey },
      retry: checkoutRetry,
    });
    shopStore.getState().setCartCount(0);
    return result;
  },
};
