import { describe, expect, it } from 'vitest';
import { admin, customer, guestId, seedCoupon, seedProduct, seller, setProduct } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';

const h = cartHarness(import.meta.url);

const add = (
  owner: { guest?: string; as?: ReturnType<typeof customer> },
  productId: string,
  quantity: number,
) => h.call('POST', '/cart/items', { ...owner, body: { productId, quantity } });

describe('merging a guest cart at sign-in', () => {
  it("moves the guest's lines into the customer's cart, summing quantities, and deletes the guest cart", async () => {
    const me = customer();
    const guest = guestId();
    const [both, guestOnly, mineOnly] = await Promise.all([
      seedProduct(h, { stock: 20 }),
      seedProduct(h, { stock: 20 }),
      seedProduct(h, { stock: 20 }),
    ]);
    await add({ as: me }, both, 2);
    await add({ as: me }, mineOnly, 1);
    await add({ guest }, both, 3);
    await add({ guest }, guestOnly, 4);

    const res = await h.call('POST', '/cart/merge', { as: me, guest });
    expect(res.status).toBe(200);
    const quantities = Object.fromEntries(
      res.body.items.map((i: { productId: string; quantity: number }) => [i.productId, i.quantity]),
    );
    expect(quantities).toEqual({ [both]: 5, [mineOnly]: 1, [guestOnly]: 4 });
    expect(res.body.issues).toEqual([]);
    expect(await h.carts().countDocuments({ cart: `guest:${guest}` })).toBe(0);
    expect((await h.call('GET', '/cart', { guest })).body.items).toEqual([]);
  });

  it('caps summed quantities at 10 and at the stock, and says so', async () => {
    const me = customer();
    const guest = guestId();
    const [plenty, scarce] = await Promise.all([seedProduct(h, { stock: 50 }), seedProduct(h, { stock: 6 })]);
    await add({ as: me }, plenty, 7);
    await add({ guest }, plenty, 6);
    await add({ as: me }, scarce, 4);
    await add({ guest }, scarce, 4);
    const res = await h.call('POST', '/cart/merge', { as: me, guest });
    const quantity = (id: string) =>
      res.body.items.find((i: { productId: string }) => i.productId === id).quantity;
    expect(quantity(plenty)).toBe(10);
    expect(quantity(scarce)).toBe(6);
    expect(res.body.issues.map((i: { code: string; productId: string }) => [i.code, i.productId])).toEqual([
      ['MERGE_QUANTITY_CAPPED', plenty],
      ['MERGE_QUANTITY_CAPPED', scarce],
    ]);
  });

  it('keeps a line whose product sold out meanwhile, reported by the cart', async () => {
    const me = customer();
    const guest = guestId();
    const product = await seedProduct(h, { stock: 5 });
    await add({ guest }, product, 2);
    await setProduct(h, product, { stock: 0 });
    const res = await h.call('POST', '/cart/merge', { as: me, guest });
    expect(res.body.items).toMatchObject([{ productId: product, quantity: 2, inStock: false }]);
    expect(res.body.issues).toMatchObject([{ code: 'OUT_OF_STOCK', productId: product }]);
  });

  it("takes the guest's coupon when the customer has none, and keeps the customer's own otherwise", async () => {
    const [mine, theirs] = await Promise.all([seedCoupon(h), seedCoupon(h)]);
    const product = await seedProduct(h, { stock: 20 });

    const first = customer();
    const guest1 = guestId();
    await add({ guest: guest1 }, product, 1);
    await h.call('POST', '/cart/coupon', { guest: guest1, body: { code: theirs } });
    expect((await h.call('POST', '/cart/merge', { as: first, guest: guest1 })).body.coupon.code).toBe(theirs);

    const second = customer();
    const guest2 = guestId();
    await add({ as: second }, product, 1);
    await h.call('POST', '/cart/coupon', { as: second, body: { code: mine } });
    await add({ guest: guest2 }, product, 1);
    await h.call('POST', '/cart/coupon', { guest: guest2, body: { code: theirs } });
    expect((await h.call('POST', '/cart/merge', { as: second, guest: guest2 })).body.coupon.code).toBe(mine);
  });

  it('is idempotent: repeated or concurrent merges add the guest lines once, then answer 204', async () => {
    const me = customer();
    const guest = guestId();
    const product = await seedProduct(h, { stock: 20 });
    await add({ guest }, product, 3);
    const results = await Promise.all(
      Array.from({ length: 5 }, () => h.call('POST', '/cart/merge', { as: me, guest })),
    );
    for (const r of results) expect([200, 204]).toContain(r.status);
    expect((await h.call('GET', '/cart', { as: me })).body.items).toMatchObject([
      { productId: product, quantity: 3 },
    ]);
    expect((await h.call('POST', '/cart/merge', { as: me, guest })).status).toBe(204);
  });

  it('answers 204 when the guest has no cart or an empty one', async () => {
    const me = customer();
    expect((await h.call('POST', '/cart/merge', { as: me, guest: guestId() })).status).toBe(204);
    const guest = guestId();
    const product = await seedProduct(h);
    await add({ guest }, product, 1);
    await h.call('DELETE', '/cart', { guest });
    const res = await h.call('POST', '/cart/merge', { as: me, guest });
    expect(res.status).toBe(204);
    expect(res.body).toBeUndefined();
  });

  it('needs a signed-in customer and a guest id', async () => {
    const guest = guestId();
    expect(await h.call('POST', '/cart/merge', { guest })).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(await h.call('POST', '/cart/merge', { as: seller, guest })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await h.call('POST', '/cart/merge', { as: admin, guest })).toMatchObject({ status: 403 });
    expect(await h.call('POST', '/cart/merge', { as: customer() })).toMatchObject({
      status: 400,
      body: { code: 'GUEST_ID_REQUIRED' },
    });
  });
});
