import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { customer, guestId, inr, seedCoupon, seedProduct, seller } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';

const h = cartHarness(import.meta.url);

const day = 24 * 60 * 60 * 1000;

/** A guest cart worth `amount` paise. */
async function cartWorth(
  amount: number,
  owner: { guest?: string; as?: ReturnType<typeof customer> } = { guest: guestId() },
) {
  const product = await seedProduct(h, { price: amount, stock: 10 });
  await h.call('POST', '/cart/items', { ...owner, body: { productId: product, quantity: 1 } });
  return { owner, product };
}

const apply = (owner: object, code: string) => h.call('POST', '/cart/coupon', { ...owner, body: { code } });

describe('applying a coupon', () => {
  it('applies a percentage coupon capped at its maximum, in any case', async () => {
    const code = await seedCoupon(h, { percentOff: 10, maxDiscount: 50000, minOrder: 99900 });
    const { owner } = await cartWorth(800000);
    const res = await apply(owner, code.toLowerCase());
    expect(res.status).toBe(200);
    expect(res.body.coupon).toEqual({
      code,
      description: 'Test coupon',
      discount: inr(50000),
      applicable: true,
    });
    expect(res.body.totals).toEqual({ subtotal: inr(800000), discount: inr(50000), total: inr(750000) });
  });

  it('rounds a percentage down to the paisa and applies a fixed amount', async () => {
    const pct = await seedCoupon(h, { percentOff: 7 });
    const { owner } = await cartWorth(99999);
    expect((await apply(owner, pct)).body.totals.discount).toEqual(inr(6999));
    const fixed = await seedCoupon(h, { kind: 'fixed', percentOff: null, amountOff: 20000, minOrder: 50000 });
    const res = await apply(owner, fixed);
    expect(res.body.coupon.code).toBe(fixed);
    expect(res.body.totals).toEqual({ subtotal: inr(99999), discount: inr(20000), total: inr(79999) });
  });

  it('answers 404 for an unknown or inactive coupon', async () => {
    const { owner } = await cartWorth(100000);
    expect(await apply(owner, 'NOSUCHCOUPON')).toMatchObject({
      status: 404,
      body: { code: 'COUPON_NOT_FOUND' },
    });
    const inactive = await seedCoupon(h, { active: false });
    expect(await apply(owner, inactive)).toMatchObject({ status: 404, body: { code: 'COUPON_NOT_FOUND' } });
  });

  it('answers 422 outside the coupon window', async () => {
    const { owner } = await cartWorth(100000);
    const expired = await seedCoupon(h, { expiresAt: new Date(Date.now() - day) });
    expect(await apply(owner, expired)).toMatchObject({ status: 422, body: { code: 'COUPON_EXPIRED' } });
    const later = await seedCoupon(h, { startsAt: new Date(Date.now() + day) });
    expect(await apply(owner, later)).toMatchObject({ status: 422, body: { code: 'COUPON_NOT_YET_ACTIVE' } });
  });

  it('answers 422 below the minimum order, saying how much is missing', async () => {
    const code = await seedCoupon(h, { minOrder: 149900 });
    const { owner } = await cartWorth(99900);
    expect(await apply(owner, code)).toMatchObject({
      status: 422,
      body: {
        code: 'COUPON_MIN_ORDER_NOT_MET',
        message: `Add ₹500 more to use ${code} (minimum order ₹1,499)`,
      },
    });
  });

  it('answers 422 when the coupon is fully redeemed, or by this customer', async () => {
    const me = customer();
    const { owner } = await cartWorth(100000, { as: me });
    const full = await seedCoupon(h, { usageLimit: 1 });
    await h.redemptions().insertOne({
      _id: `${full}#1`,
      code: full,
      userId: 'someone',
      checkoutId: randomUUID(),
      n: 1,
      at: new Date(),
    });
    expect(await apply(owner, full)).toMatchObject({
      status: 422,
      body: { code: 'COUPON_USAGE_LIMIT_REACHED' },
    });

    const once = await seedCoupon(h, { perUserLimit: 1 });
    await h.userRedemptions().insertOne({
      _id: `${once}:${me.id}#1`,
      code: once,
      userId: me.id,
      checkoutId: randomUUID(),
      n: 1,
      at: new Date(),
    });
    expect(await apply(owner, once)).toMatchObject({
      status: 422,
      body: { code: 'COUPON_USAGE_LIMIT_REACHED' },
    });
    // A guest can't be told yet: checkout checks again once they sign in.
    const guestCart = await cartWorth(100000);
    expect((await apply(guestCart.owner, once)).status).toBe(200);
  });

  it('validates the code and needs an owner', async () => {
    const { owner } = await cartWorth(100000);
    for (const code of ['AB', 'WITH SPACE', 'X'.repeat(21), 'ÄÖÜ123']) {
      expect((await apply(owner, code)).status, code).toBe(400);
    }
    expect((await h.call('POST', '/cart/coupon', { ...owner, body: { code: 'ABC', extra: 1 } })).status).toBe(
      400,
    );
    expect((await apply({}, 'WELCOME10')).body.code).toBe('OWNER_REQUIRED');
    expect((await apply({ as: seller }, 'WELCOME10')).status).toBe(403);
  });
});

describe('a coupon in the cart', () => {
  it('stays applied but stops discounting when the cart drops below the minimum, and says why', async () => {
    const code = await seedCoupon(h, { minOrder: 100000 });
    const guest = guestId();
    const [a, b] = await Promise.all([seedProduct(h, { price: 60000 }), seedProduct(h, { price: 60000 })]);
    await h.call('POST', '/cart/items', { guest, body: { productId: a, quantity: 1 } });
    await h.call('POST', '/cart/items', { guest, body: { productId: b, quantity: 1 } });
    expect((await apply({ guest }, code)).body.totals.discount).toEqual(inr(12000));
    const res = await h.call('DELETE', `/cart/items/${b}`, { guest });
    expect(res.body.coupon).toEqual({
      code,
      description: 'Test coupon',
      discount: inr(0),
      applicable: false,
    });
    expect(res.body.totals).toEqual({ subtotal: inr(60000), discount: inr(0), total: inr(60000) });
    expect(res.body.issues).toEqual([
      {
        code: 'COUPON_NOT_APPLICABLE',
        reason: 'COUPON_MIN_ORDER_NOT_MET',
        message: `Add ₹400 more to use ${code} (minimum order ₹1,000)`,
      },
    ]);
  });

  it('shows a deleted coupon as no longer applicable', async () => {
    const code = await seedCoupon(h);
    const { owner } = await cartWorth(100000);
    await apply(owner, code);
    await h.coupons().deleteOne({ _id: code });
    const res = await h.call('GET', '/cart', owner);
    expect(res.body.coupon).toMatchObject({ code, applicable: false, discount: inr(0) });
    expect(res.body.issues).toMatchObject([{ code: 'COUPON_NOT_APPLICABLE', reason: 'COUPON_NOT_FOUND' }]);
  });

  it('is replaced by another coupon and removed with DELETE', async () => {
    const [first, second] = await Promise.all([seedCoupon(h), seedCoupon(h, { percentOff: 20 })]);
    const { owner } = await cartWorth(100000);
    await apply(owner, first);
    expect((await apply(owner, second)).body.coupon.code).toBe(second);
    const removed = await h.call('DELETE', '/cart/coupon', owner);
    expect(removed.status).toBe(200);
    expect(removed.body.coupon).toBeNull();
    expect(await h.call('DELETE', '/cart/coupon', owner)).toMatchObject({
      status: 404,
      body: { code: 'NO_COUPON_APPLIED' },
    });
    expect((await h.call('DELETE', '/cart/coupon')).body.code).toBe('OWNER_REQUIRED');
    expect((await h.call('DELETE', '/cart/coupon', { as: seller })).status).toBe(403);
  });
});
