/**
 * Checkouts left pending by a process that died: after two minutes another request with the same key
 * takes over, finishing one that got as far as its final order request and undoing one that did not.
 */
import { randomUUID } from 'node:crypto';
import { fingerprint } from '@emporium/service-kit';
import type { TestTokenClaims } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { type AttemptStage, staleClaimMs } from '../src/checkout/claims.ts';
import { claimId, orderKey } from '../src/checkout/keys.ts';
import type { OrderRequest } from '../src/dependencies/order.ts';
import { checkoutBody, customer, idempotencyKey, inr, seedCoupon, stockOf } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';
import { checkout, fillCart } from './support/shopping.ts';

const h = cartHarness(import.meta.url);

/** A claim whose only attempt started `ageMs` ago and got to `stage`, as a crashed process leaves it. */
async function leftBehind(
  me: TestTokenClaims,
  key: string,
  {
    ageMs,
    stage,
    orderRequest = null,
    checkoutId = randomUUID(),
  }: {
    ageMs: number;
    stage: AttemptStage;
    orderRequest?: OrderRequest | null;
    checkoutId?: string;
  },
) {
  const id = claimId(me.id, key);
  const generation = randomUUID();
  const at = new Date(Date.now() - ageMs);
  await h.claims().insertOne({
    _id: id,
    userId: me.id,
    fingerprint: fingerprint(checkoutBody()),
    generation,
    createdAt: at,
  });
  await h.attempts().insertOne({
    _id: `${id}#${generation}#1`,
    claim: id,
    generation,
    n: 1,
    checkoutId,
    startedAt: at,
    stage,
    orderRequest,
    result: null,
    finishedAt: null,
  });
  return checkoutId;
}

/** Reserves stock in the real product service as the dead attempt did. */
async function reserveAs(checkoutId: string, productId: string, quantity: number) {
  const res = await h.product().app.inject({
    method: 'POST',
    url: '/product-service/api/v1/internal/reservations',
    headers: { 'x-service-key': h.keys.key('cart') },
    payload: { reservationId: checkoutId, lines: [{ productId, quantity }] },
  });
  expect(res.statusCode, res.body).toBe(201);
}

describe('a checkout left pending', () => {
  it('answers 409 CHECKOUT_IN_PROGRESS while the attempt is recent', async () => {
    const me = customer();
    await fillCart(h, me, [{ quantity: 1 }]);
    const key = idempotencyKey();
    await leftBehind(me, key, { ageMs: 10_000, stage: 'preparing' });
    const res = await checkout(h, me, { key });
    expect(res).toMatchObject({ status: 409, body: { code: 'CHECKOUT_IN_PROGRESS' } });
    expect(res.headers['retry-after']).toBe('1');
    // A different body with that key is still refused as a reuse.
    const other = {
      ...checkoutBody(),
      shippingAddress: { ...checkoutBody().shippingAddress, name: 'Someone Else' },
    };
    expect((await checkout(h, me, { key, body: other })).body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('is taken over after two minutes: what the dead attempt took is given back and the checkout runs afresh', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ stock: 10, quantity: 2 }]);
    const coupon = await seedCoupon(h, { usageLimit: 5 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    const key = idempotencyKey();
    // The dead attempt had reserved the stock and redeemed the coupon, and died before the order.
    const dead = await leftBehind(me, key, { ageMs: staleClaimMs + 1000, stage: 'preparing' });
    await reserveAs(dead, product as string, 2);
    await h
      .redemptions()
      .insertOne({ _id: `${coupon}#1`, code: coupon, userId: me.id, checkoutId: dead, n: 1, at: new Date() });
    await h.userRedemptions().insertOne({
      _id: `${coupon}:${me.id}#1`,
      code: coupon,
      userId: me.id,
      checkoutId: dead,
      n: 1,
      at: new Date(),
    });
    expect(await stockOf(h, product as string)).toBe(8);

    const res = await checkout(h, me, { key });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.checkoutId).not.toBe(dead);
    expect(await h.reservations().findOne({ _id: dead })).toMatchObject({ status: 'released' });
    expect(await h.reservations().findOne({ _id: res.body.checkoutId })).toMatchObject({
      status: 'reserved',
    });
    expect(await stockOf(h, product as string)).toBe(8);
    expect(await h.redemptions().find({ code: coupon }).toArray()).toMatchObject([
      { checkoutId: res.body.checkoutId },
    ]);
    expect(await h.userRedemptions().countDocuments({ code: coupon })).toBe(1);
    expect((await checkout(h, me, { key })).status).toBe(200);
  });

  it('is finished by the taker when the dead attempt had its final order request', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ price: 70000, stock: 10, quantity: 1 }]);
    const key = idempotencyKey();
    const checkoutId = randomUUID();
    const orderRequest: OrderRequest = {
      userId: me.id,
      checkoutId,
      reservationId: checkoutId,
      lines: [
        {
          productId: product as string,
          name: 'Towel',
          image: null,
          quantity: 1,
          unitPrice: inr(70000),
          lineTotal: inr(70000),
        },
      ],
      totals: { subtotal: inr(70000), discount: inr(0), shipping: inr(0), total: inr(70000) },
      coupon: null,
      shippingAddress: checkoutBody().shippingAddress,
      paymentMethod: 'cod',
    };
    await leftBehind(me, key, { ageMs: staleClaimMs + 1000, stage: 'ordering', orderRequest, checkoutId });
    await reserveAs(checkoutId, product as string, 1);

    const res = await checkout(h, me, { key });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.checkoutId).toBe(checkoutId);
    const call = h.orders().calls.find((c) => (c.body as { userId?: string }).userId === me.id);
    expect(call?.body).toEqual(orderRequest);
    expect(call?.headers['idempotency-key']).toBe(orderKey(me.id, key));
    expect(await h.reservations().findOne({ _id: checkoutId })).toMatchObject({ status: 'reserved' });
    expect(await stockOf(h, product as string)).toBe(9);
    expect((await h.call('GET', '/cart', { as: me })).body.itemCount).toBe(0);
  });

  it('lets exactly one of several concurrent requests take it over', async () => {
    const me = customer();
    const [product] = await fillCart(h, me, [{ stock: 10, quantity: 1 }]);
    const key = idempotencyKey();
    await leftBehind(me, key, { ageMs: staleClaimMs + 1000, stage: 'preparing' });
    const responses = await Promise.all(Array.from({ length: 8 }, () => checkout(h, me, { key })));
    const created = responses.filter((r) => r.status === 201);
    expect(created).toHaveLength(1);
    for (const r of responses) expect([200, 201, 409]).toContain(r.status);
    expect(await stockOf(h, product as string)).toBe(9);
  });
});
