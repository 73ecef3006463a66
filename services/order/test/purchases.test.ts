import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderHarness, orderRequest, users } from './support/harness.ts';

const h = orderHarness(import.meta.url);
const { call, place, asService } = h;

/** What the reviews service asks for the verified-purchase flag. */
const purchased = (userId: string, productId: string, headers = asService('reviews')) =>
  call('GET', `/internal/purchases?userId=${userId}&productId=${productId}`, { headers });

describe('GET /internal/purchases (reviews service)', () => {
  it('says whether the user has an order with the product that is not cancelled', async () => {
    const productId = `prd-${randomUUID().slice(0, 8)}`;
    const order = await place(orderRequest({ lines: [{ productId, quantity: 1, unitPrice: 49900 }] }));
    expect(order.status).toBe(201);

    expect(await purchased(users.asha.id, productId)).toMatchObject({
      status: 200,
      body: { purchased: true },
    });
    expect((await purchased(users.ravi.id, productId)).body).toEqual({ purchased: false });
    expect((await purchased(users.asha.id, 'never-ordered')).body).toEqual({ purchased: false });

    const cancelled = await call('POST', `/orders/${order.body.id}/cancel`, {
      as: users.asha,
      body: { reason: 'Ordered by mistake' },
    });
    expect(cancelled.status).toBe(200);
    expect((await purchased(users.asha.id, productId)).body).toEqual({ purchased: false });
  });

  it("is for the reviews service's key only: 401 without a key, 403 for other or wrong keys and user tokens", async () => {
    const url = `/internal/purchases?userId=${users.asha.id}&productId=boat-rockerz-450`;
    expect(await call('GET', url, { headers: {} })).toMatchObject({
      status: 401,
      body: { code: 'SERVICE_KEY_REQUIRED' },
    });
    expect(await call('GET', url, { headers: {}, as: users.admin })).toMatchObject({
      status: 401,
      body: { code: 'SERVICE_KEY_REQUIRED' },
    });
    for (const headers of [
      asService('cart'),
      asService('logistics'),
      { 'x-service-key': 'definitely-not-a-key' },
    ]) {
      expect(await call('GET', url, { headers })).toMatchObject({
        status: 403,
        body: { code: 'SERVICE_KEY_INVALID' },
      });
    }
  });

  it('answers 400 to a missing, malformed or extra query field', async () => {
    for (const query of [
      `userId=${users.asha.id}`,
      'productId=boat-rockerz-450',
      `userId=${users.asha.id}&productId=a%20b`,
      `userId=${'u'.repeat(129)}&productId=boat-rockerz-450`,
      `userId=${users.asha.id}&productId=boat-rockerz-450&status=placed`,
      `userId[$ne]=x&productId=boat-rockerz-450`,
    ]) {
      const res = await call('GET', `/internal/purchases?${query}`, { headers: asService('reviews') });
      expect(res.status, query).toBe(400);
      expect(res.body.code, query).toEqual(expect.any(String));
    }
  });
});
