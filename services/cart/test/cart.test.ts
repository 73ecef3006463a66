import { describe, expect, it } from 'vitest';
import {
  admin,
  checkoutBody,
  customer,
  guestId,
  idempotencyKey,
  inr,
  seedCoupon,
  seedProduct,
  seller,
  setProduct,
} from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';

const h = cartHarness(import.meta.url);

describe('who owns a cart', () => {
  it('refuses a request with neither a token nor a guest id', async () => {
    const res = await h.call('GET', '/cart');
    expect(res.status).toBe(400);
    expect(res.body).toMatchObject({
      code: 'OWNER_REQUIRED',
      message: expect.stringContaining('x-guest-id'),
    });
  });

  it('refuses sellers and admins with 403, before looking at the body', async () => {
    for (const as of [seller, admin]) {
      expect(await h.call('GET', '/cart', { as })).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN' },
      });
      const add = await h.call('POST', '/cart/items', { as, body: { productId: 'x', quantity: 99 } });
      expect(add).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    }
  });

  it('answers 401 for a token that does not verify, even with a guest id', async () => {
    const guest = guestId();
    const bad = await h.call('GET', '/cart', { guest, headers: { authorization: 'Bearer a.b.c' } });
    expect(bad).toMatchObject({ status: 401, body: { code: 'INVALID_TOKEN' } });
    const expired = await h.tokens().token({ ...customer(), expiresInSeconds: -60 });
    const res = await h.call('GET', '/cart', { guest, headers: { authorization: `Bearer ${expired}` } });
    expect(res).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } });
  });

  it('refuses a malformed guest id', async () => {
    const res = await h.call('GET', '/cart', { guest: 'short' });
    expect(res).toMatchObject({ status: 400, body: { code: 'INVALID_HEADER' } });
  });

  it('keeps a guest cart and a customer cart apart; a customer with a guest id uses their own cart', async () => {
    const guest = guestId();
    const me = customer();
    const product = await seedProduct(h);
    expect(
      (await h.call('POST', '/cart/items', { guest, body: { productId: product, quantity: 2 } })).status,
    ).toBe(200);
    const mine = await h.call('GET', '/cart', { as: me, guest });
    expect(mine.body.items).toEqual([]);
    expect((await h.call('GET', '/cart', { guest })).body.itemCount).toBe(2);
  });
});

describe('reading the cart', () => {
  it('gives an empty cart to a new shopper', async () => {
    const res = await h.call('GET', '/cart', { guest: guestId() });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      items: [],
      coupon: null,
      totals: { subtotal: inr(0), discount: inr(0), total: inr(0) },
      itemCount: 0,
      issues: [],
      pricing: 'live',
    });
  });

  it('prices lines live and reports a price change once', async () => {
    const guest = guestId();
    const product = await seedProduct(h, { price: 120000, stock: 8, name: 'Kanchipuram Silk Stole' });
    const added = await h.call('POST', '/cart/items', { guest, body: { productId: product, quantity: 2 } });
    expect(added.body).toMatchObject({
      items: [
        {
          productId: product,
          name: 'Kanchipuram Silk Stole',
          image: `https://images.example.in/${product}.jpg`,
          unitPrice: inr(120000),
          quantity: 2,
          lineTotal: inr(240000),
          inStock: true,
          availableStock: 8,
        },
      ],
      totals: { subtotal: inr(240000), discount: inr(0), total: inr(240000) },
      itemCount: 2,
      issues: [],
    });

    await setProduct(h, product, { price: 99900 });
    const first = await h.call('GET', '/cart', { guest });
    expect(first.body.totals.subtotal).toEqual(inr(199800));
    expect(first.body.issues).toEqual([
      {
        code: 'PRICE_CHANGED',
        productId: product,
        message: 'The price of Kanchipuram Silk Stole went down from ₹1,200 to ₹999 since you added it',
      },
    ]);
    const second = await h.call('GET', '/cart', { guest });
    expect(second.body.issues).toEqual([]);
    expect(second.body.items[0].unitPrice).toEqual(inr(99900));
  });

  it('reports stock that ran out or ran short, and products no longer sold, and leaves them out of the totals', async () => {
    const guest = guestId();
    const [short, gone, soldOut, fine] = await Promise.all([
      seedProduct(h, { stock: 10, price: 1000 }),
      seedProduct(h, { stock: 10, price: 2000 }),
      seedProduct(h, { stock: 10, price: 4000 }),
      seedProduct(h, { stock: 10, price: 8000 }),
    ]);
    for (const productId of [short, gone, soldOut, fine]) {
      expect((await h.call('POST', '/cart/items', { guest, body: { productId, quantity: 3 } })).status).toBe(
        200,
      );
    }
    await setProduct(h, short, { stock: 2 });
    await setProduct(h, gone, { status: 'archived' });
    await setProduct(h, soldOut, { stock: 0 });
    const res = await h.call('GET', '/cart', { guest });
    expect(res.body.issues.map((i: { code: string; productId: string }) => [i.code, i.productId])).toEqual([
      ['INSUFFICIENT_STOCK', short],
      ['PRODUCT_UNAVAILABLE', gone],
      ['OUT_OF_STOCK', soldOut],
    ]);
    expect(res.body.items.find((i: { productId: string }) => i.productId === gone)).toMatchObject({
      inStock: false,
      availableStock: 0,
    });
    // The short line still counts (the shopper lowers it); the gone and sold-out lines do not.
    expect(res.body.totals.subtotal).toEqual(inr(3 * 1000 + 3 * 8000));
    expect(res.body.itemCount).toBe(6);
  });
});

describe('adding items', () => {
  it('adds to an existing line and records a cart.item_added event', async () => {
    const me = customer();
    const product = await seedProduct(h, { stock: 10 });
    await h.call('POST', '/cart/items', { as: me, body: { productId: product, quantity: 3 } });
    const res = await h.call('POST', '/cart/items', { as: me, body: { productId: product, quantity: 4 } });
    expect(res.status).toBe(200);
    expect(res.body.items).toHaveLength(1);
    expect(res.body.items[0].quantity).toBe(7);
    await h.app().events.flush();
    expect(h.activity().events()).toContainEqual(
      expect.objectContaining({
        type: 'cart.item_added',
        subject: product,
        userId: me.id,
        data: expect.objectContaining({ quantity: 4, lineQuantity: 7, guest: false }),
      }),
    );
  });

  it('caps a line at 10 units and at the stock', async () => {
    const guest = guestId();
    const plenty = await seedProduct(h, { stock: 50, name: 'Brass Diya' });
    await h.call('POST', '/cart/items', { guest, body: { productId: plenty, quantity: 8 } });
    const over = await h.call('POST', '/cart/items', { guest, body: { productId: plenty, quantity: 3 } });
    expect(over).toMatchObject({
      status: 409,
      body: {
        code: 'QUANTITY_LIMIT_REACHED',
        message: 'You can buy at most 10 of Brass Diya; you have 8 in your cart',
      },
    });
    const few = await seedProduct(h, { stock: 2, name: 'Teak Stool' });
    const tooMany = await h.call('POST', '/cart/items', { guest, body: { productId: few, quantity: 3 } });
    expect(tooMany).toMatchObject({
      status: 409,
      body: { code: 'INSUFFICIENT_STOCK', message: 'Only 2 of Teak Stool in stock' },
    });
    const none = await seedProduct(h, { stock: 0, name: 'Clay Pot' });
    const soldOut = await h.call('POST', '/cart/items', { guest, body: { productId: none, quantity: 1 } });
    expect(soldOut).toMatchObject({
      status: 409,
      body: { code: 'INSUFFICIENT_STOCK', message: 'Clay Pot is out of stock' },
    });
    expect((await h.call('GET', '/cart', { guest })).body.itemCount).toBe(8);
  });

  it('answers 404 for a product the catalog does not have (or no longer sells)', async () => {
    const guest = guestId();
    const res = await h.call('POST', '/cart/items', {
      guest,
      body: { productId: 'no-such-product', quantity: 1 },
    });
    expect(res).toMatchObject({ status: 404, body: { code: 'PRODUCT_NOT_FOUND' } });
    const archived = await seedProduct(h, { status: 'archived' });
    expect(
      (await h.call('POST', '/cart/items', { guest, body: { productId: archived, quantity: 1 } })).status,
    ).toBe(404);
  });

  it('holds at most 50 lines', async () => {
    const guest = guestId();
    const ids = await Promise.all(Array.from({ length: 51 }, () => seedProduct(h, { stock: 5 })));
    // Stored directly: adding 50 lines one by one would only slow the test down.
    const now = new Date();
    await h.carts().insertOne({
      _id: `guest:${guest}#1`,
      cart: `guest:${guest}`,
      lines: ids.slice(0, 50).map((productId) => ({
        productId,
        quantity: 1,
        name: 'x',
        image: null,
        unitPrice: 49900,
        currency: 'INR',
        addedAt: now,
      })),
      coupon: null,
      version: 1,
      merged: [],
      createdAt: now,
      updatedAt: now,
    });
    const res = await h.call('POST', '/cart/items', { guest, body: { productId: ids[50], quantity: 1 } });
    expect(res).toMatchObject({ status: 409, body: { code: 'CART_FULL' } });
    const more = await h.call('POST', '/cart/items', { guest, body: { productId: ids[0], quantity: 1 } });
    expect(more.status).toBe(200);
    expect(more.body.items).toHaveLength(50);
  });

  it('never loses a line when the same cart is changed concurrently', async () => {
    const guest = guestId();
    const ids = await Promise.all(Array.from({ length: 8 }, () => seedProduct(h, { stock: 50 })));
    const results = await Promise.all(
      ids.map((productId) => h.call('POST', '/cart/items', { guest, body: { productId, quantity: 2 } })),
    );
    expect(results.map((r) => r.status)).toEqual(ids.map(() => 200));
    const cart = await h.call('GET', '/cart', { guest });
    expect(cart.body.items.map((i: { productId: string }) => i.productId).sort()).toEqual([...ids].sort());
    expect(cart.body.itemCount).toBe(16);

    // The same line from ten requests at once: every unit counts, none twice.
    const same = await seedProduct(h, { stock: 50 });
    const adds = await Promise.all(
      Array.from({ length: 10 }, () =>
        h.call('POST', '/cart/items', { guest, body: { productId: same, quantity: 1 } }),
      ),
    );
    expect(adds.map((r) => r.status)).toEqual(adds.map(() => 200));
    const after = await h.call('GET', '/cart', { guest });
    expect(after.body.items.find((i: { productId: string }) => i.productId === same).quantity).toBe(10);
  });

  it('rejects bad bodies with 400', async () => {
    const guest = guestId();
    const product = await seedProduct(h);
    for (const body of [
      { productId: product, quantity: 0 },
      { productId: product, quantity: 11 },
      { productId: product, quantity: 1.5 },
      { productId: product, quantity: '2' },
      { productId: 'Not A Slug', quantity: 1 },
      { productId: product },
      { productId: product, quantity: 1, price: 1 },
      { productId: { $gt: '' }, quantity: 1 },
    ]) {
      const res = await h.call('POST', '/cart/items', { guest, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('changing and removing lines', () => {
  it("sets a line's quantity within the caps", async () => {
    const guest = guestId();
    const product = await seedProduct(h, { stock: 6 });
    await h.call('POST', '/cart/items', { guest, body: { productId: product, quantity: 1 } });
    const res = await h.call('PATCH', `/cart/items/${product}`, { guest, body: { quantity: 5 } });
    expect(res.status).toBe(200);
    expect(res.body.items[0].quantity).toBe(5);
    expect(await h.call('PATCH', `/cart/items/${product}`, { guest, body: { quantity: 7 } })).toMatchObject({
      status: 409,
      body: { code: 'INSUFFICIENT_STOCK' },
    });
    expect((await h.call('PATCH', `/cart/items/${product}`, { guest, body: { quantity: 11 } })).status).toBe(
      400,
    );
    expect((await h.call('PATCH', `/cart/items/${product}`, { guest, body: {} })).status).toBe(400);
  });

  it('answers 404 for a line that is not in the cart', async () => {
    const guest = guestId();
    const product = await seedProduct(h);
    expect(await h.call('PATCH', `/cart/items/${product}`, { guest, body: { quantity: 1 } })).toMatchObject({
      status: 404,
      body: { code: 'ITEM_NOT_IN_CART' },
    });
    expect(await h.call('DELETE', `/cart/items/${product}`, { guest })).toMatchObject({
      status: 404,
      body: { code: 'ITEM_NOT_IN_CART' },
    });
  });

  it('removes a line, and empties the cart with its coupon', async () => {
    const me = customer();
    const [a, b] = await Promise.all([seedProduct(h, { price: 100000 }), seedProduct(h, { price: 100000 })]);
    await h.call('POST', '/cart/items', { as: me, body: { productId: a, quantity: 1 } });
    await h.call('POST', '/cart/items', { as: me, body: { productId: b, quantity: 1 } });
    await h.call('POST', '/cart/coupon', { as: me, body: { code: await seedCoupon(h) } });
    const removed = await h.call('DELETE', `/cart/items/${a}`, { as: me });
    expect(removed.status).toBe(200);
    expect(removed.body.items.map((i: { productId: string }) => i.productId)).toEqual([b]);
    expect(removed.body.coupon).not.toBeNull();
    const emptied = await h.call('DELETE', '/cart', { as: me });
    expect(emptied.status).toBe(200);
    expect(emptied.body).toMatchObject({ items: [], coupon: null, itemCount: 0 });
  });

  it('needs an owner and refuses sellers on every cart route', async () => {
    for (const [method, url, body] of [
      ['PATCH', '/cart/items/some-product', { quantity: 1 }],
      ['DELETE', '/cart/items/some-product', undefined],
      ['DELETE', '/cart', undefined],
    ] as const) {
      expect((await h.call(method, url, { body })).body.code).toBe('OWNER_REQUIRED');
      expect((await h.call(method, url, { as: seller, body })).status).toBe(403);
    }
  });

  it('answers 401 to a token that does not verify, and 403 to sellers and admins, on every cart and checkout route', async () => {
    const guest = guestId();
    const expired = await h.tokens().token({ ...customer(), expiresInSeconds: -60 });
    for (const [method, url, body] of [
      ['GET', '/cart', undefined],
      ['DELETE', '/cart', undefined],
      ['POST', '/cart/items', { productId: 'some-product', quantity: 1 }],
      ['PATCH', '/cart/items/some-product', { quantity: 1 }],
      ['DELETE', '/cart/items/some-product', undefined],
      ['POST', '/cart/coupon', { code: 'WELCOME10' }],
      ['DELETE', '/cart/coupon', undefined],
      ['POST', '/cart/merge', undefined],
      ['GET', '/checkout/quote?pincode=560001', undefined],
      ['POST', '/checkout', checkoutBody()],
    ] as const) {
      const what = `${method} ${url}`;
      const tampered = await h.call(method, url, {
        guest,
        body,
        headers: { authorization: 'Bearer a.b.c', 'idempotency-key': idempotencyKey() },
      });
      expect(tampered, what).toMatchObject({ status: 401, body: { code: 'INVALID_TOKEN' } });
      const late = await h.call(method, url, {
        guest,
        body,
        headers: { authorization: `Bearer ${expired}`, 'idempotency-key': idempotencyKey() },
      });
      expect(late, what).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } });
      for (const as of [seller, admin]) {
        const res = await h.call(method, url, {
          as,
          guest,
          body,
          headers: { 'idempotency-key': idempotencyKey() },
        });
        expect(res, `${what} as ${as.type}`).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
      }
    }
  });
});
