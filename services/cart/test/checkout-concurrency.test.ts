import { describe, expect, it } from 'vitest';
import { customer, idempotencyKey, seedCoupon, seedProduct, stockOf } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';
import { checkout, fillCart } from './support/shopping.ts';

// Fifteen reservations of one product take turns on its lock in the product service; on a busy machine the
// last in line waits longer than the harness's usual 1.5 s call timeout, and would count as product being
// down (503) instead of sold out (409). What is under test here is the outcome, not the speed.
const h = cartHarness(import.meta.url, { env: { SERVICE_CALL_TIMEOUT_MS: '10000' } });

function statuses(responses: { status: number }[]): Record<number, number> {
  const counts: Record<number, number> = {};
  for (const r of responses) counts[r.status] = (counts[r.status] ?? 0) + 1;
  return counts;
}

describe('concurrent checkouts', () => {
  it('places exactly one order and one reservation for 20 concurrent requests with one key', async () => {
    for (let round = 0; round < 3; round++) {
      const me = customer();
      const [product] = await fillCart(h, me, [{ stock: 10, quantity: 2 }]);
      const reservationsBefore = await h.reservations().countDocuments();
      const key = idempotencyKey();

      const responses = await Promise.all(Array.from({ length: 20 }, () => checkout(h, me, { key })));

      const tally = statuses(responses);
      expect(tally[201], JSON.stringify(tally)).toBe(1);
      expect((tally[200] ?? 0) + (tally[409] ?? 0)).toBe(19);
      const created = responses.find((r) => r.status === 201);
      for (const r of responses) {
        if (r.status === 200) expect(r.body).toEqual(created?.body);
        if (r.status === 409) {
          expect(r.body.code).toBe('CHECKOUT_IN_PROGRESS');
          expect(r.headers['retry-after']).toBe('1');
        }
      }
      const orderCalls = h.orders().calls.filter((c) => (c.body as { userId?: string }).userId === me.id);
      expect(orderCalls).toHaveLength(1);
      expect(await h.reservations().countDocuments()).toBe(reservationsBefore + 1);
      expect(await stockOf(h, product as string)).toBe(8);
      // Once it has finished, every repeat is a replay of the one order.
      const replay = await checkout(h, me, { key });
      expect(replay.status).toBe(200);
      expect(replay.body).toEqual(created?.body);
    }
  });

  it('lets exactly one of several customers use the last redemption of a coupon', async () => {
    const coupon = await seedCoupon(h, { usageLimit: 1 });
    const shoppers = Array.from({ length: 6 }, () => customer());
    const products: string[] = [];
    for (const me of shoppers) {
      const [product] = await fillCart(h, me, [{ stock: 5, quantity: 1 }]);
      products.push(product as string);
      expect((await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } })).status).toBe(200);
    }
    const responses = await Promise.all(shoppers.map((me) => checkout(h, me)));
    expect(statuses(responses)).toEqual({ 201: 1, 422: 5 });
    for (const r of responses.filter((x) => x.status === 422))
      expect(r.body.code).toBe('COUPON_USAGE_LIMIT_REACHED');
    expect(await h.redemptions().countDocuments({ code: coupon })).toBe(1);
    // The five who lost got their stock back.
    const stocks = await Promise.all(products.map((p) => stockOf(h, p)));
    expect(stocks.sort()).toEqual([4, 5, 5, 5, 5, 5]);
  });

  it.each([1, 2, 3, 4, 5])(
    'sells the last units of a product to as many customers as there are units (round %i)',
    async () => {
      const product = await seedProduct(h, { stock: 20 });
      const shoppers = Array.from({ length: 15 }, () => customer());
      for (const me of shoppers) {
        expect(
          (await h.call('POST', '/cart/items', { as: me, body: { productId: product, quantity: 1 } })).status,
        ).toBe(200);
      }
      await h.products().updateOne({ _id: product }, { $set: { stock: 3 } });
      const responses = await Promise.all(shoppers.map((me) => checkout(h, me)));
      const tally = statuses(responses);
      expect(tally[201], JSON.stringify(tally)).toBe(3);
      expect(tally[409], JSON.stringify(tally)).toBe(12);
      expect(await stockOf(h, product)).toBe(0);
    },
  );
});
