/** With the product service down, the cart stays readable and changeable where it can; the rest is a clear 503. */
import { describe, expect, it } from 'vitest';
import { checkoutBody, customer, guestId, idempotencyKey, inr, seedCoupon } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';
import { fillCart } from './support/shopping.ts';

const h = cartHarness(import.meta.url);

describe('when the product service is down', () => {
  it('shows the cart as last seen, lets lines be removed, and refuses what needs prices with 503', async () => {
    const me = customer();
    const [a, b] = await fillCart(h, me, [
      { price: 50000, quantity: 2 },
      { price: 30000, quantity: 1 },
    ]);
    const coupon = await seedCoupon(h, { percentOff: 10 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    await h.product().close();

    const cart = await h.call('GET', '/cart', { as: me });
    expect(cart.status).toBe(200);
    expect(cart.body).toMatchObject({
      pricing: 'unavailable',
      items: [
        {
          productId: a,
          unitPrice: inr(50000),
          quantity: 2,
          lineTotal: inr(100000),
          inStock: null,
          availableStock: null,
        },
        { productId: b, unitPrice: inr(30000), quantity: 1, inStock: null, availableStock: null },
      ],
      totals: { subtotal: inr(130000), discount: inr(13000), total: inr(117000) },
      issues: [{ code: 'PRICING_UNAVAILABLE' }],
    });

    const removed = await h.call('DELETE', `/cart/items/${b}`, { as: me });
    expect(removed).toMatchObject({ status: 200, body: { pricing: 'unavailable', itemCount: 2 } });

    const add = await h.call('POST', '/cart/items', { as: me, body: { productId: b, quantity: 1 } });
    expect(add).toMatchObject({ status: 503, body: { code: 'DEPENDENCY_UNAVAILABLE' } });
    expect(add.headers['retry-after']).toBeDefined();
    expect((await h.call('PATCH', `/cart/items/${a}`, { as: me, body: { quantity: 1 } })).status).toBe(503);
    expect((await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } })).status).toBe(503);
    expect((await h.call('GET', '/checkout/quote?pincode=560001', { as: me })).status).toBe(503);

    const key = idempotencyKey();
    const res = await h.call('POST', '/checkout', {
      as: me,
      body: checkoutBody(),
      headers: { 'idempotency-key': key },
    });
    expect(res).toMatchObject({ status: 503, body: { code: 'DEPENDENCY_UNAVAILABLE' } });
    expect(h.orders().calls).toHaveLength(0);
    // The key was freed: the same checkout is tried again once the product service is back.
    expect(await h.claims().countDocuments({ userId: me.id })).toBe(0);

    expect((await h.call('GET', '/cart', { guest: guestId() })).body).toMatchObject({
      items: [],
      pricing: 'live',
    });
    expect((await h.call('DELETE', '/cart', { as: me })).status).toBe(200);
  });
});
