import { describe, expect, it } from 'vitest';
import { orderKey } from '../src/checkout/keys.ts';
import { pincodes } from './support/dependencies.ts';
import {
  address,
  admin,
  checkoutBody,
  customer,
  guestId,
  idempotencyKey,
  inr,
  seedCoupon,
  seller,
  setProduct,
  stockOf,
} from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';
import { checkout, fillCart } from './support/shopping.ts';

const h = cartHarness(import.meta.url);

const ordersFor = (userId: string) =>
  h.orders().calls.filter((c) => (c.body as { userId?: string } | undefined)?.userId === userId);

describe('checkout', () => {
  it('places the order: stock reserved, coupon redeemed, order created, cart cleared', async () => {
    const me = customer();
    const [a, b] = await fillCart(h, me, [
      { price: 129900, stock: 10, quantity: 2 },
      { price: 49900, stock: 5, quantity: 1 },
    ]);
    const coupon = await seedCoupon(h, { percentOff: 10, maxDiscount: 20000, minOrder: 99900 });
    expect((await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } })).status).toBe(200);
    const key = idempotencyKey();

    const res = await checkout(h, me, { key });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.headers['idempotent-replayed']).toBeUndefined();
    const { checkoutId, order } = res.body;
    expect(checkoutId).toMatch(/^[0-9a-f-]{36}$/);
    expect(order).toMatchObject({
      id: expect.any(String),
      number: expect.stringMatching(/^EMP-/),
      status: 'placed',
    });

    // What the order service was asked for: priced lines, totals that add up, the coupon and address.
    const [call] = ordersFor(me.id);
    expect(call?.headers['x-service-key']).toBe(h.keys.key('cart'));
    expect(call?.headers['idempotency-key']).toBe(orderKey(me.id, key));
    const subtotal = 2 * 129900 + 49900;
    expect(call?.body).toEqual({
      userId: me.id,
      checkoutId,
      reservationId: checkoutId,
      lines: [
        {
          productId: a,
          name: expect.any(String),
          image: expect.stringContaining(a as string),
          quantity: 2,
          unitPrice: inr(129900),
          lineTotal: inr(259800),
        },
        {
          productId: b,
          name: expect.any(String),
          image: expect.any(String),
          quantity: 1,
          unitPrice: inr(49900),
          lineTotal: inr(49900),
        },
      ],
      // 10% of ₹3,097 is ₹309.70, capped at ₹200; free delivery above ₹499.
      totals: {
        subtotal: inr(subtotal),
        discount: inr(20000),
        shipping: inr(0),
        total: inr(subtotal - 20000),
      },
      coupon: { code: coupon },
      shippingAddress: address(),
      paymentMethod: 'cod',
    });
    expect(h.logistics().calls.at(-1)?.body).toEqual({
      pincode: pincodes.metro,
      items: [
        { productId: a, quantity: 2 },
        { productId: b, quantity: 1 },
      ],
      subtotal: inr(subtotal - 20000),
    });

    expect(await stockOf(h, a as string)).toBe(8);
    expect(await stockOf(h, b as string)).toBe(4);
    expect(await h.reservations().findOne({ _id: checkoutId })).toMatchObject({ status: 'reserved' });
    expect(await h.redemptions().countDocuments({ code: coupon, checkoutId })).toBe(1);
    expect((await h.call('GET', '/cart', { as: me })).body).toMatchObject({
      items: [],
      coupon: null,
      itemCount: 0,
    });

    await h.app().events.flush();
    expect(h.activity().events()).toContainEqual(
      expect.objectContaining({
        type: 'checkout.completed',
        subject: order.id,
        userId: me.id,
        data: expect.objectContaining({ checkoutId, total: inr(subtotal - 20000), itemCount: 3, coupon }),
      }),
    );
  });

  it('charges shipping below the free-delivery threshold, without a coupon', async () => {
    const me = customer();
    await fillCart(h, me, [{ price: 19900, quantity: 1 }]);
    const res = await checkout(h, me);
    expect(res.status).toBe(201);
    expect(ordersFor(me.id)[0]?.body).toMatchObject({
      totals: { subtotal: inr(19900), discount: inr(0), shipping: inr(4900), total: inr(24800) },
      coupon: null,
    });
  });

  it('answers a repeated request with the same order (200, Idempotent-Replayed) and places nothing twice', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ stock: 10, quantity: 3 }]);
    const key = idempotencyKey();
    const first = await checkout(h, me, { key });
    expect(first.status).toBe(201);
    const again = await checkout(h, me, { key });
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toEqual(first.body);
    expect(ordersFor(me.id)).toHaveLength(1);
    expect(await stockOf(h, product as string)).toBe(7);
  });

  it('refuses the same key with a different body (422), and keys are per customer', async () => {
    const me = customer();
    await fillCart(h, me, [{ quantity: 1 }]);
    const key = idempotencyKey();
    expect((await checkout(h, me, { key })).status).toBe(201);
    const other = { shippingAddress: { ...address(), line1: 'Somewhere else' }, paymentMethod: 'cod' };
    expect(await checkout(h, me, { key, body: other })).toMatchObject({
      status: 422,
      body: { code: 'IDEMPOTENCY_KEY_REUSED' },
    });

    // Another customer may happen to use the same key: it is their own checkout.
    const someoneElse = customer();
    await fillCart(h, someoneElse, [{ quantity: 1 }]);
    const theirs = await checkout(h, someoneElse, { key });
    expect(theirs.status).toBe(201);
    expect(ordersFor(someoneElse.id)).toHaveLength(1);
  });

  it('needs an Idempotency-Key of the right form', async () => {
    const me = customer();
    const missing = await h.call('POST', '/checkout', { as: me, body: checkoutBody() });
    expect(missing).toMatchObject({ status: 400, body: { code: 'IDEMPOTENCY_KEY_REQUIRED' } });
    for (const key of ['short', 'has spaces in it', 'x'.repeat(129), 'semi;colon;key']) {
      const res = await checkout(h, me, { key });
      expect(res.body.code, key).toBe('INVALID_IDEMPOTENCY_KEY');
    }
  });

  it('is for signed-in customers only', async () => {
    expect(
      await h.call('POST', '/checkout', {
        body: checkoutBody(),
        headers: { 'idempotency-key': idempotencyKey() },
      }),
    ).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(
      (
        await h.call('POST', '/checkout', {
          guest: guestId(),
          body: checkoutBody(),
          headers: { 'idempotency-key': idempotencyKey() },
        })
      ).status,
    ).toBe(401);
    expect(await checkout(h, seller)).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect((await checkout(h, admin)).status).toBe(403);
  });

  it('validates the body: cash on delivery only, a complete Indian address', async () => {
    const me = customer();
    const bad: unknown[] = [
      { ...checkoutBody(), paymentMethod: 'card' },
      { paymentMethod: 'cod' },
      { ...checkoutBody(), coupon: 'FREE' },
      { shippingAddress: { ...address(), pincode: '012345' }, paymentMethod: 'cod' },
      { shippingAddress: { ...address(), phone: '12345' }, paymentMethod: 'cod' },
      { shippingAddress: { ...address(), city: '' }, paymentMethod: 'cod' },
      { shippingAddress: { ...address(), line1: 'x'.repeat(201) }, paymentMethod: 'cod' },
      { shippingAddress: { ...address(), $where: '1' }, paymentMethod: 'cod' },
      { shippingAddress: { ...address(), country: 'IN' }, paymentMethod: 'cod' },
    ];
    for (const body of bad) {
      const res = await checkout(h, me, { body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });

  it('answers 422 CART_EMPTY for an empty cart, and frees the key', async () => {
    const me = customer();
    const key = idempotencyKey();
    expect(await checkout(h, me, { key })).toMatchObject({ status: 422, body: { code: 'CART_EMPTY' } });
    await fillCart(h, me, [{ quantity: 1 }]);
    expect((await checkout(h, me, { key })).status).toBe(201);
  });

  it('answers 422 for a pincode logistics does not serve or without cash on delivery, reserving nothing', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ stock: 10, quantity: 2 }]);
    const key = idempotencyKey();
    expect(await checkout(h, me, { key, body: checkoutBody(pincodes.unserved) })).toMatchObject({
      status: 422,
      body: {
        code: 'PINCODE_NOT_SERVICEABLE',
        message: `We don't deliver to pincode ${pincodes.unserved} yet`,
      },
    });
    expect(await checkout(h, me, { body: checkoutBody(pincodes.noCod) })).toMatchObject({
      status: 422,
      body: { code: 'COD_NOT_AVAILABLE' },
    });
    expect(await stockOf(h, product as string)).toBe(10);
    expect((await h.call('GET', '/cart', { as: me })).body.itemCount).toBe(2);
    // The key was freed: the shopper corrects the address and tries again with it.
    expect((await checkout(h, me, { key })).status).toBe(201);
  });

  it('answers 409 when stock ran out or a product is gone since it was added, naming the lines', async () => {
    const me = customer();
    const [short, fine] = await fillCart(h, me, [
      { stock: 5, quantity: 4 },
      { stock: 5, quantity: 1 },
    ]);
    await setProduct(h, short as string, { stock: 3 });
    const res = await checkout(h, me);
    expect(res).toMatchObject({
      status: 409,
      body: { code: 'OUT_OF_STOCK', message: expect.stringContaining('Only 3 of') },
    });
    expect(res.body.details).toEqual([{ in: 'cart', path: `/items/${short}`, message: expect.any(String) }]);
    expect(await stockOf(h, fine as string)).toBe(5);

    await setProduct(h, short as string, { status: 'archived' });
    expect(await checkout(h, me)).toMatchObject({ status: 409, body: { code: 'PRODUCT_UNAVAILABLE' } });
  });

  it('answers 409 when stock runs out between pricing and reserving, with nothing redeemed', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ price: 200000, stock: 4, quantity: 2 }]);
    const coupon = await seedCoupon(h, { usageLimit: 5 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    // Logistics answers slowly; meanwhile another shop sells the stock.
    h.logistics().trouble('/logistics-service/api/v1/quotes', { kind: 'delay', ms: 300 });
    try {
      const pending = checkout(h, me);
      await new Promise((r) => setTimeout(r, 100));
      await setProduct(h, product as string, { stock: 1 });
      expect(await pending).toMatchObject({ status: 409, body: { code: 'OUT_OF_STOCK' } });
    } finally {
      h.logistics().fix();
    }
    expect(await stockOf(h, product as string)).toBe(1);
    expect(await h.redemptions().countDocuments({ code: coupon })).toBe(0);
    expect((await h.call('GET', '/cart', { as: me })).body.coupon.code).toBe(coupon);
  });

  it('answers 409 PRICE_CHANGED when the price changes between pricing and reserving, and releases the stock', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ price: 100000, stock: 6, quantity: 2 }]);
    h.logistics().trouble('/logistics-service/api/v1/quotes', { kind: 'delay', ms: 300 });
    try {
      const pending = checkout(h, me);
      await new Promise((r) => setTimeout(r, 100));
      await setProduct(h, product as string, { price: 110000 });
      expect(await pending).toMatchObject({ status: 409, body: { code: 'PRICE_CHANGED' } });
    } finally {
      h.logistics().fix();
    }
    expect(await stockOf(h, product as string)).toBe(6);
    const cart = await h.call('GET', '/cart', { as: me });
    expect(cart.body.issues).toMatchObject([{ code: 'PRICE_CHANGED', productId: product }]);
  });

  it('answers 422 when the coupon no longer applies at checkout, reserving nothing', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ price: 150000, stock: 5, quantity: 1 }]);
    const coupon = await seedCoupon(h, { minOrder: 100000 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    await h.coupons().updateOne({ _id: coupon }, { $set: { minOrder: 200000 } });
    expect(await checkout(h, me)).toMatchObject({ status: 422, body: { code: 'COUPON_MIN_ORDER_NOT_MET' } });
    await h
      .coupons()
      .updateOne({ _id: coupon }, { $set: { minOrder: 0, expiresAt: new Date(Date.now() - 1000) } });
    expect(await checkout(h, me)).toMatchObject({ status: 422, body: { code: 'COUPON_EXPIRED' } });
    expect(await stockOf(h, product as string)).toBe(5);
  });

  it("re-checks a coupon applied as a guest against the customer's own limit", async () => {
    const me = customer();
    const guest = guestId();
    const coupon = await seedCoupon(h, { perUserLimit: 1 });
    // Used once already by this customer.
    await fillCart(h, me, [{ quantity: 1 }]);
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    expect((await checkout(h, me)).status).toBe(201);
    // As a guest the limit can't be known; after sign-in and merge, checkout refuses it.
    const [product] = await fillCart(h, me, [{ quantity: 1 }]);
    await h.call('DELETE', `/cart/items/${product}`, { as: me });
    await h.call('POST', '/cart/items', { guest, body: { productId: product, quantity: 1 } });
    expect((await h.call('POST', '/cart/coupon', { guest, body: { code: coupon } })).status).toBe(200);
    expect((await h.call('POST', '/cart/merge', { as: me, guest })).status).toBe(200);
    expect(await checkout(h, me)).toMatchObject({
      status: 422,
      body: { code: 'COUPON_USAGE_LIMIT_REACHED' },
    });
  });
});

describe('checkout compensation', () => {
  async function preparedCart() {
    const me = customer();
    const [product] = await fillCart(h, me, [{ price: 150000, stock: 10, quantity: 3 }]);
    const coupon = await seedCoupon(h, { usageLimit: 10 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    return { me, product: product as string, coupon };
  }

  async function expectUndone(
    me: ReturnType<typeof customer>,
    product: string,
    coupon: string,
    checkoutId: string | undefined,
  ) {
    expect(await stockOf(h, product)).toBe(10);
    if (checkoutId)
      expect(await h.reservations().findOne({ _id: checkoutId })).toMatchObject({ status: 'released' });
    expect(await h.redemptions().countDocuments({ code: coupon })).toBe(0);
    expect(await h.userRedemptions().countDocuments({ code: coupon })).toBe(0);
    const cart = await h.call('GET', '/cart', { as: me });
    expect(cart.body).toMatchObject({ itemCount: 3, coupon: { code: coupon, applicable: true } });
  }

  /** The reservation the failed attempt made (its id is the checkout id the order service was sent). */
  const lastCheckoutId = (me: ReturnType<typeof customer>) =>
    (ordersFor(me.id).at(-1)?.body as { checkoutId?: string } | undefined)?.checkoutId;

  it('undoes everything when the order service fails, and the same key then succeeds', async () => {
    const { me, product, coupon } = await preparedCart();
    const key = idempotencyKey();
    h.orders().trouble('/order-service/api/v1/internal/orders', { kind: 'status', status: 503 });
    let res: Awaited<ReturnType<typeof checkout>>;
    try {
      res = await checkout(h, me, { key });
    } finally {
      h.orders().fix();
    }
    expect(res).toMatchObject({ status: 503, body: { code: 'DEPENDENCY_UNAVAILABLE' } });
    // A POST with an Idempotency-Key is retried by the service client on 503: three calls, one order key.
    const attempts = ordersFor(me.id);
    expect(attempts).toHaveLength(3);
    expect(new Set(attempts.map((c) => c.headers['idempotency-key'])).size).toBe(1);
    await expectUndone(me, product, coupon, lastCheckoutId(me));
    await h.app().events.flush();
    expect(h.activity().events()).toContainEqual(
      expect.objectContaining({
        type: 'checkout.failed',
        userId: me.id,
        data: { code: 'DEPENDENCY_UNAVAILABLE', status: 503 },
      }),
    );

    const retry = await checkout(h, me, { key });
    expect(retry.status).toBe(201);
    expect(await stockOf(h, product)).toBe(7);
    expect(await h.redemptions().countDocuments({ code: coupon })).toBe(1);
    expect((await h.call('GET', '/cart', { as: me })).body.itemCount).toBe(0);
  });

  it('undoes everything when the order service refuses the order (502) or does not answer (503)', async () => {
    const { me, product, coupon } = await preparedCart();
    h.orders().trouble('/order-service/api/v1/internal/orders', { kind: 'status', status: 400 });
    try {
      expect(await checkout(h, me)).toMatchObject({ status: 502, body: { code: 'ORDER_NOT_CREATED' } });
      await expectUndone(me, product, coupon, lastCheckoutId(me));
      h.orders().trouble('/order-service/api/v1/internal/orders', { kind: 'drop' });
      expect(await checkout(h, me)).toMatchObject({ status: 503, body: { code: 'DEPENDENCY_UNAVAILABLE' } });
      await expectUndone(me, product, coupon, lastCheckoutId(me));
    } finally {
      h.orders().fix();
    }
  });

  it('fails with 503 and reserves nothing when logistics is down', async () => {
    const { me, product, coupon } = await preparedCart();
    const key = idempotencyKey();
    h.logistics().trouble('/logistics-service/api/v1/quotes', { kind: 'drop' });
    try {
      expect(await checkout(h, me, { key })).toMatchObject({
        status: 503,
        body: { code: 'DEPENDENCY_UNAVAILABLE' },
      });
    } finally {
      h.logistics().fix();
    }
    await expectUndone(me, product, coupon, undefined);
    expect((await checkout(h, me, { key })).status).toBe(201);
  });
});
