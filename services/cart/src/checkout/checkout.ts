/**
 * Checkout, as docs/services.md describes it: claim the key, price the cart, quote shipping, reserve
 * stock, redeem the coupon, create the order, clear the cart. There are no transactions across these
 * steps (they span three services): each is one atomic write with a compensation, and a failure undoes
 * the steps already done, in reverse order, and frees the key.
 */
import { ApiError, fingerprint } from '@emporium/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { removeCheckedOut } from '../carts/cart-lines.ts';
import type { CartStore } from '../carts/cart-store.ts';
import { ownerKey } from '../carts/owner.ts';
import { priceLines } from '../carts/pricing.ts';
import type { CouponStore } from '../coupons/coupon-store.ts';
import { rejectionError } from '../coupons/rules.ts';
import type { Logistics } from '../dependencies/logistics.ts';
import type { OrderRequest, Orders } from '../dependencies/order.ts';
import type { ProductCatalog } from '../dependencies/product.ts';
import { money } from '../money.ts';
import type { CheckoutRequest, CheckoutResultBody } from '../schemas/checkout.ts';
import type { Attempt, CheckoutAttemptDocument, CheckoutClaims } from './claims.ts';
import { orderKey } from './keys.ts';
import { assertBuyable, assertPricesHeld, buildOrderRequest, orderLines } from './order-request.ts';

export interface CheckoutDependencies {
  claims: CheckoutClaims;
  carts: CartStore;
  coupons: CouponStore;
  catalog: ProductCatalog;
  logistics: Logistics;
  orders: Orders;
  events: FastifyInstance['events'];
}

export interface CheckoutOutcome {
  result: CheckoutResultBody;
  /** True when an earlier request with the same key placed the order. */
  replayed: boolean;
}

/** How far an attempt got, for compensation. */
interface Progress {
  reserving: boolean;
  redeeming: boolean;
  /** The order request is final (stage `ordering`): a request taking over would create that order. */
  ordering: boolean;
}

const started = (): Progress => ({ reserving: false, redeeming: false, ordering: false });
const everything = (): Progress => ({ reserving: true, redeeming: true, ordering: true });

/** The attempt was taken over after it wrote its final order request; the taker creates the order. */
class TakenOver extends Error {}

export class Checkout {
  readonly #d: CheckoutDependencies;

  constructor(dependencies: CheckoutDependencies) {
    this.#d = dependencies;
  }

  async run(
    userId: string,
    key: string,
    body: CheckoutRequest,
    request: FastifyRequest,
  ): Promise<CheckoutOutcome> {
    const outcome = await this.#d.claims.claim(userId, key, fingerprint(body));
    switch (outcome.kind) {
      case 'completed':
        return { result: outcome.result, replayed: true };
      case 'in_progress':
        throw inProgress();
      case 'key_reused':
        throw new ApiError(
          422,
          'IDEMPOTENCY_KEY_REUSED',
          'This Idempotency-Key was used for a different checkout request; use a new key for a new request',
        );
      case 'taken_over':
        return { result: await this.#resume(userId, key, body, outcome, request), replayed: false };
      case 'claimed':
        return { result: await this.#attempt(userId, key, body, outcome.attempt, request), replayed: false };
    }
  }

  /** Steps 2 to 7. */
  async #attempt(
    userId: string,
    key: string,
    body: CheckoutRequest,
    attempt: Attempt,
    request: FastifyRequest,
  ): Promise<CheckoutResultBody> {
    const progress = started();
    let order: OrderRequest;
    try {
      order = await this.#prepare(userId, body, attempt, progress, request);
    } catch (err) {
      throw await this.#fail(userId, attempt, progress, err, request);
    }
    return this.#placeOrder(userId, key, attempt, order, request);
  }

  /** Steps 2 to 5: everything before the order, leaving stock reserved and the coupon redeemed. */
  async #prepare(
    userId: string,
    body: CheckoutRequest,
    attempt: Attempt,
    progress: Progress,
    request: FastifyRequest,
  ): Promise<OrderRequest> {
    // 2. Price the cart, apply the coupon's rules.
    const cart = await this.#d.carts.find(ownerKey({ kind: 'customer', id: userId }));
    if (!cart || cart.lines.length === 0) throw new ApiError(422, 'CART_EMPTY', 'Your cart is empty');
    const products = await this.#d.catalog.products(
      cart.lines.map((l) => l.productId),
      request,
    );
    const priced = priceLines(cart.lines, products);
    assertBuyable(priced);
    const couponCode = cart.coupon?.code ?? null;
    const evaluation =
      couponCode === null ? null : await this.#d.coupons.evaluate(couponCode, priced.subtotal, userId);
    if (evaluation?.rejection) throw rejectionError(evaluation.rejection);
    const discount = evaluation?.discount ?? 0;

    // 3. Quote shipping for the address's pincode.
    const items = cart.lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
    const pincode = body.shippingAddress.pincode;
    const quote = await this.#d.logistics.quote(
      { pincode, items, subtotal: money(priced.subtotal - discount) },
      request,
    );
    if (!quote)
      throw new ApiError(422, 'PINCODE_NOT_SERVICEABLE', `We don't deliver to pincode ${pincode} yet`);
    if (!quote.codAvailable) {
      throw new ApiError(
        422,
        'COD_NOT_AVAILABLE',
        `Cash on delivery is not available for pincode ${pincode}`,
      );
    }

    // 4. Reserve stock: all lines or none, never below zero (the product service's conditional updates).
    const lines = orderLines(cart.lines, products);
    progress.reserving = true;
    const reservation = await this.#d.catalog.reserve(attempt.checkoutId, items, request);
    assertPricesHeld(lines, reservation);

    // 5. Redeem the coupon: a slot of the customer's limit and one of the coupon's total.
    if (evaluation?.coupon) {
      progress.redeeming = true;
      const redeemed = await this.#d.coupons.redemptions.redeem(
        evaluation.coupon,
        userId,
        attempt.checkoutId,
      );
      if (redeemed !== 'redeemed') {
        throw new ApiError(
          422,
          'COUPON_USAGE_LIMIT_REACHED',
          redeemed === 'user_limit'
            ? `You have already used ${couponCode}`
            : `${couponCode} has been fully redeemed`,
        );
      }
    }

    const order = buildOrderRequest({
      userId,
      checkoutId: attempt.checkoutId,
      lines,
      subtotal: priced.subtotal,
      discount,
      shipping: quote.shippingFee,
      couponCode,
      shippingAddress: body.shippingAddress,
    });
    await this.#d.claims.ordering(attempt, order);
    progress.ordering = true;
    // Taken over meanwhile (this request stalled for minutes): whichever course the taker chose, it
    // owns the checkout now; #fail gives back what the taker will not.
    if (await this.#d.claims.successor(attempt)) throw new TakenOver();
    return order;
  }

  /** Steps 6 and 7: create the order (idempotent on the key), then clear the cart and complete the claim. */
  async #placeOrder(
    userId: string,
    key: string,
    attempt: Attempt,
    order: OrderRequest,
    request: FastifyRequest,
  ): Promise<CheckoutResultBody> {
    let placed: CheckoutResultBody['order'];
    try {
      placed = await this.#d.orders.create(order, orderKey(userId, key), request);
    } catch (err) {
      throw await this.#fail(userId, attempt, everything(), err, request);
    }
    const result: CheckoutResultBody = { checkoutId: attempt.checkoutId, order: placed };
    // The order exists: nothing is undone from here. A failure below is logged; the order stands.
    try {
      await this.#d.carts.update(ownerKey({ kind: 'customer', id: userId }), (content) =>
        removeCheckedOut(content, order.lines, order.coupon?.code ?? null),
      );
    } catch (err) {
      request.log.error({ err, orderId: placed.id }, 'order placed but the cart could not be cleared');
    }
    await this.#d.claims.complete(attempt, result);
    this.#d.events.emit({
      type: 'checkout.completed',
      subject: placed.id,
      userId,
      data: {
        checkoutId: attempt.checkoutId,
        orderNumber: placed.number,
        total: order.totals.total,
        itemCount: order.lines.reduce((n, l) => n + l.quantity, 0),
        coupon: order.coupon?.code ?? null,
      },
    });
    return result;
  }

  /**
   * A claim whose attempt died. If it had reached `ordering`, its order request is final: create that
   * order (the same key returns it if it exists) and finish. Otherwise give back what it may have taken
   * (reservation, coupon redemptions: both idempotent) and check out afresh.
   */
  async #resume(
    userId: string,
    key: string,
    body: CheckoutRequest,
    outcome: {
      attempt: Attempt;
      previous: CheckoutAttemptDocument | null;
      orderRequest: OrderRequest | null;
    },
    request: FastifyRequest,
  ): Promise<CheckoutResultBody> {
    const { attempt, previous, orderRequest } = outcome;
    request.log.warn(
      { claim: attempt.claim, attempt: attempt.n, forward: orderRequest !== null },
      'taking over a stale checkout',
    );
    if (orderRequest) return this.#placeOrder(userId, key, attempt, orderRequest, request);
    if (previous) await this.#undo(previous.checkoutId, everything(), request);
    return this.#attempt(userId, key, body, attempt, request);
  }

  /** Undoes what was done, frees the key, reports the failure; returns the error for the shopper. */
  async #fail(
    userId: string,
    attempt: Attempt,
    progress: Progress,
    err: unknown,
    request: FastifyRequest,
  ): Promise<unknown> {
    const successor = await this.#d.claims.successor(attempt);
    if (successor) {
      // Taken over: a taker that carries on with this attempt's checkout id creates its order; one that
      // started afresh has given back this attempt's reservation and coupon, and giving back twice is
      // harmless, so this request gives back whatever it took after that.
      if (successor.checkoutId !== attempt.checkoutId)
        await this.#undo(attempt.checkoutId, progress, request);
      return inProgress();
    }
    await this.#undo(attempt.checkoutId, progress, request);
    await this.#d.claims.release(attempt).catch((releaseErr: unknown) => {
      request.log.error({ err: releaseErr, claim: attempt.claim }, 'checkout claim could not be freed');
    });
    const status = err instanceof ApiError ? err.statusCode : 500;
    this.#d.events.emit({
      type: 'checkout.failed',
      subject: attempt.checkoutId,
      userId,
      data: { code: err instanceof ApiError ? err.code : 'INTERNAL_ERROR', status },
    });
    return err;
  }

  /** Compensation in reverse order: the coupon's redemptions, then the stock reservation. */
  async #undo(checkoutId: string, progress: Progress, request: FastifyRequest): Promise<void> {
    if (progress.redeeming) {
      await this.#d.coupons.redemptions.giveBack(checkoutId).catch((err: unknown) => {
        request.log.error({ err, checkoutId }, 'coupon redemptions could not be given back');
      });
    }
    if (progress.reserving) {
      await this.#d.catalog.release(checkoutId, request).catch((err: unknown) => {
        request.log.error({ err, reservationId: checkoutId }, 'stock reservation could not be released');
      });
    }
  }
}

function inProgress(): ApiError {
  return new ApiError(
    409,
    'CHECKOUT_IN_PROGRESS',
    'A checkout with this Idempotency-Key is still running; retry shortly',
    {
      headers: { 'retry-after': '1' },
    },
  );
}
