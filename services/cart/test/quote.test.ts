import { describe, expect, it } from 'vitest';
import { pincodes } from './support/dependencies.ts';
import { customer, guestId, inr, seedCoupon, seedProduct, seller, setProduct } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';

const h = cartHarness(import.meta.url);

async function guestCart(price: number, quantity = 1) {
  const guest = guestId();
  const product = await seedProduct(h, { price, stock: 10 });
  await h.call('POST', '/cart/items', { guest, body: { productId: product, quantity } });
  return { guest, product };
}

const quote = (owner: object, pincode: string) => h.call('GET', `/checkout/quote?pincode=${pincode}`, owner);

describe('the delivery quote for the cart page', () => {
  it('adds shipping and the delivery estimate for a guest', async () => {
    const { guest, product } = await guestCart(19900, 2);
    const res = await quote({ guest }, pincodes.metro);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      pincode: pincodes.metro,
      serviceable: true,
      codAvailable: true,
      estimatedDelivery: { minDays: 1, maxDays: 2, from: '2030-01-02', to: '2030-01-03' },
      totals: { subtotal: inr(39800), discount: inr(0), shipping: inr(4900), total: inr(44700) },
      itemCount: 2,
    });
    expect(h.logistics().calls.at(-1)?.body).toEqual({
      pincode: pincodes.metro,
      items: [{ productId: product, quantity: 2 }],
      subtotal: inr(39800),
    });
  });

  it("includes a customer's coupon and sends logistics what the goods cost after it", async () => {
    const me = customer();
    const product = await seedProduct(h, { price: 60000, stock: 5 });
    await h.call('POST', '/cart/items', { as: me, body: { productId: product, quantity: 1 } });
    const coupon = await seedCoupon(h, { kind: 'fixed', percentOff: null, amountOff: 20000 });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: coupon } });
    const res = await quote({ as: me }, pincodes.metro);
    expect(res.body.totals).toEqual({
      subtotal: inr(60000),
      discount: inr(20000),
      shipping: inr(4900),
      total: inr(44900),
    });
    expect((h.logistics().calls.at(-1)?.body as { subtotal?: unknown } | undefined)?.subtotal).toEqual(
      inr(40000),
    );
  });

  it('says when a pincode is not served or has no cash on delivery', async () => {
    const { guest } = await guestCart(100000);
    expect((await quote({ guest }, pincodes.unserved)).body).toEqual({
      pincode: pincodes.unserved,
      serviceable: false,
      codAvailable: false,
      estimatedDelivery: null,
      totals: { subtotal: inr(100000), discount: inr(0), shipping: null, total: inr(100000) },
      itemCount: 1,
    });
    expect((await quote({ guest }, pincodes.noCod)).body).toMatchObject({
      serviceable: true,
      codAvailable: false,
      totals: { shipping: inr(9900) },
    });
  });

  it('leaves out lines that cannot be bought, and answers 422 when nothing can be delivered', async () => {
    const { guest, product } = await guestCart(100000);
    await setProduct(h, product, { stock: 0 });
    expect(await quote({ guest }, pincodes.metro)).toMatchObject({
      status: 422,
      body: { code: 'CART_EMPTY' },
    });
    expect(await quote({ guest: guestId() }, pincodes.metro)).toMatchObject({
      status: 422,
      body: { code: 'CART_EMPTY' },
    });
  });

  it('validates the pincode and needs an owner', async () => {
    const { guest } = await guestCart(100000);
    for (const pincode of ['12345', '012345', 'abcdef', '5600011']) {
      expect((await quote({ guest }, pincode)).status, pincode).toBe(400);
    }
    expect((await h.call('GET', '/checkout/quote', { guest })).status).toBe(400);
    expect((await h.call('GET', `/checkout/quote?pincode=${pincodes.metro}&x=1`, { guest })).status).toBe(
      400,
    );
    expect((await quote({}, pincodes.metro)).body.code).toBe('OWNER_REQUIRED');
    expect((await quote({ as: seller }, pincodes.metro)).status).toBe(403);
  });

  it('answers 503 when logistics is down', async () => {
    const { guest } = await guestCart(100000);
    h.logistics().trouble('/logistics-service/api/v1/quotes', { kind: 'status', status: 503 });
    try {
      expect(await quote({ guest }, pincodes.metro)).toMatchObject({
        status: 503,
        body: { code: 'DEPENDENCY_UNAVAILABLE' },
      });
    } finally {
      h.logistics().fix();
    }
  });
});
