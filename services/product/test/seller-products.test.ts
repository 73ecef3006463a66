import { catalogSellerId, devUsers } from '@emporium/dev-data';
import type { TestTokenClaims } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { api, seededProductService } from './helpers.ts';

const svc = seededProductService(import.meta.url);

const seller: TestTokenClaims = { id: catalogSellerId, type: 'seller', name: devUsers.seller.name };
const otherSeller: TestTokenClaims = { id: 'seller-two-0000000001', type: 'seller', name: 'Second Seller' };
const customer: TestTokenClaims = { id: devUsers.customer.id, type: 'customer' };
const admin: TestTokenClaims = { id: devUsers.admin.id, type: 'admin' };

async function call(
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  as?: TestTokenClaims,
  body?: unknown,
) {
  const headers = as ? await svc.tokens().headers(as) : {};
  const res = await svc.app().inject({
    method,
    url: `${api}${url}`,
    headers,
    ...(body !== undefined && { payload: body as Record<string, unknown> }),
  });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

const inr = (amount: number) => ({ amount, currency: 'INR' });
let skuCounter = 0;
function newProduct(overrides: Record<string, unknown> = {}) {
  skuCounter += 1;
  return {
    sku: `TST-${String(skuCounter).padStart(4, '0')}-${Date.now() % 100000}`,
    name: 'Monsoon Brass Diya Lamp',
    brand: 'Kaveri Crafts',
    category: 'home-kitchen',
    description:
      'A hand-beaten brass diya with a wide base that keeps the flame steady through Diwali nights.',
    highlights: ['Hand-beaten brass', 'Wide stable base'],
    attributes: [{ name: 'Material', value: 'Brass' }],
    price: inr(49900),
    listPrice: inr(69900),
    stock: 12,
    images: [{ url: 'https://images.example.in/diya.jpg', alt: 'Brass diya' }],
    tags: ['diya', 'brass', 'festive'],
    ...overrides,
  };
}

describe('creating products', () => {
  it('lets a seller add a product they then own, visible to shoppers at once', async () => {
    const input = newProduct({ name: 'Lotus Brass Urli Bowl' });
    const created = await call('POST', '/products', otherSeller, input);
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.headers['cache-control']).toBe('no-store');
    expect(created.body).toMatchObject({
      id: expect.stringMatching(/^kaveri-crafts-lotus-brass-urli-bowl-[0-9a-f]{6}$/),
      sku: input.sku,
      sellerId: otherSeller.id,
      status: 'active',
      name: 'Lotus Brass Urli Bowl',
      category: { slug: 'home-kitchen', name: 'Home & Kitchen' },
      price: inr(49900),
      listPrice: inr(69900),
      discountPercent: 29,
      stock: 12,
      inStock: true,
      rating: { average: 0, count: 0 },
      images: input.images,
      tags: input.tags,
    });

    const detail = await call('GET', `/products/${created.body.id}`);
    expect(detail.status).toBe(200);
    expect(detail.body).toMatchObject({ id: created.body.id, name: 'Lotus Brass Urli Bowl' });
    const search = await call('GET', '/products?q=lotus%20urli');
    expect(search.body.items.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const mine = await call('GET', '/seller/products', otherSeller);
    expect(mine.body.items.map((p: { id: string }) => p.id)).toContain(created.body.id);
  });

  it('lets an admin add a product too', async () => {
    const created = await call('POST', '/products', admin, newProduct({ name: 'Admin Listed Copper Lota' }));
    expect(created.status).toBe(201);
    expect(created.body.sellerId).toBe(admin.id);
  });

  it('refuses guests (401) and customers (403)', async () => {
    expect(await call('POST', '/products', undefined, newProduct())).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(await call('POST', '/products', customer, newProduct())).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
  });

  it('refuses a SKU that is taken, by anyone', async () => {
    const input = newProduct();
    expect((await call('POST', '/products', seller, input)).status).toBe(201);
    const again = await call('POST', '/products', otherSeller, { ...input, name: 'Another Name Entirely' });
    expect(again).toMatchObject({ status: 409, body: { code: 'SKU_TAKEN' } });
    const seeded = svc.seed().products[0];
    expect(await call('POST', '/products', seller, newProduct({ sku: seeded?.sku }))).toMatchObject({
      status: 409,
      body: { code: 'SKU_TAKEN' },
    });
  });

  it.each([
    ['an unknown category', { category: 'spaceships' }, 'UNKNOWN_CATEGORY'],
    ['a list price below the price', { listPrice: inr(100) }, 'INVALID_PRICING'],
    ['a zero price', { price: inr(0) }, 'VALIDATION_FAILED'],
    ['a fractional price', { price: inr(10.5) }, 'VALIDATION_FAILED'],
    ['another currency', { price: { amount: 100, currency: 'USD' } }, 'VALIDATION_FAILED'],
    ['negative stock', { stock: -1 }, 'VALIDATION_FAILED'],
    ['a lower-case SKU', { sku: 'abc-123' }, 'VALIDATION_FAILED'],
    [
      'an image that is not a web address',
      { images: [{ url: 'javascript:alert(1)', alt: '' }] },
      'VALIDATION_FAILED',
    ],
    ['an unknown field', { popularity: 1000 }, 'VALIDATION_FAILED'],
    ['a seller id (owners come from the token)', { sellerId: 'someone-else' }, 'VALIDATION_FAILED'],
  ])('refuses %s', async (_name, overrides, code) => {
    const res = await call('POST', '/products', seller, newProduct(overrides));
    expect(res.status, JSON.stringify(res.body)).toBe(400);
    expect(res.body.code).toBe(code);
  });

  it('accepts a product without a list price and without optional lists', async () => {
    const { highlights, attributes, images, tags, listPrice, ...required } = newProduct();
    const res = await call('POST', '/products', seller, required);
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({ listPrice: null, discountPercent: null, highlights: [], images: [] });
  });
});

describe('changing products', () => {
  async function ownProduct(as: TestTokenClaims = otherSeller, overrides: Record<string, unknown> = {}) {
    const res = await call('POST', '/products', as, newProduct(overrides));
    expect(res.status).toBe(201);
    return res.body as { id: string; name: string };
  }

  it('lets the owner change details, price and stock, and searches the new name', async () => {
    const product = await ownProduct(otherSeller, { name: 'Peacock Thread Rangoli Kit' });
    const res = await call('PATCH', `/products/${product.id}`, otherSeller, {
      name: 'Marigold Stencil Rangoli Kit',
      price: inr(29900),
      listPrice: null,
      stock: 0,
      tags: ['rangoli'],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      name: 'Marigold Stencil Rangoli Kit',
      price: inr(29900),
      listPrice: null,
      stock: 0,
      inStock: false,
      tags: ['rangoli'],
      description: expect.stringContaining('brass diya'),
    });
    expect(Date.parse(res.body.updatedAt)).toBeGreaterThan(Date.parse(res.body.createdAt) - 1);
    const found = await call('GET', '/products?q=marigold%20stencil');
    expect(found.body.items.map((p: { id: string }) => p.id)).toEqual([product.id]);
    expect((await call('GET', '/products?q=peacock%20thread')).body.total).toBe(0);
  });

  it('recomputes search words when the category changes', async () => {
    const product = await ownProduct(otherSeller, { name: 'Zardozi Clutch Purse', tags: [] });
    expect((await call('GET', `/products?q=zardozi&category=fashion-women`)).body.total).toBe(0);
    const moved = await call('PATCH', `/products/${product.id}`, otherSeller, { category: 'fashion-women' });
    expect(moved.body.category).toEqual({ slug: 'fashion-women', name: "Women's Fashion" });
    expect(
      (await call('GET', `/products?q=zardozi%20women`)).body.items.map((p: { id: string }) => p.id),
    ).toEqual([product.id]);
    expect(
      await call('PATCH', `/products/${product.id}`, otherSeller, { category: 'no-such-one' }),
    ).toMatchObject({
      status: 400,
      body: { code: 'UNKNOWN_CATEGORY' },
    });
  });

  it('keeps the list price at or above the price', async () => {
    const product = await ownProduct(); // price 499, list price 699
    expect(await call('PATCH', `/products/${product.id}`, otherSeller, { price: inr(79900) })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_PRICING' },
    });
    expect(
      await call('PATCH', `/products/${product.id}`, otherSeller, { listPrice: inr(100) }),
    ).toMatchObject({
      status: 400,
      body: { code: 'INVALID_PRICING' },
    });
    const both = await call('PATCH', `/products/${product.id}`, otherSeller, {
      price: inr(79900),
      listPrice: inr(79900),
    });
    expect(both.body).toMatchObject({ price: inr(79900), listPrice: null, discountPercent: null });
  });

  it('refuses another seller (403 NOT_PRODUCT_OWNER), customers (403) and guests (401)', async () => {
    const seeded = svc.seed().products[1];
    const change = { stock: 1 };
    expect(await call('PATCH', `/products/${seeded?.id}`, otherSeller, change)).toMatchObject({
      status: 403,
      body: { code: 'NOT_PRODUCT_OWNER' },
    });
    expect(await call('PATCH', `/products/${seeded?.id}`, customer, change)).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect((await call('PATCH', `/products/${seeded?.id}`, undefined, change)).status).toBe(401);
    expect((await call('GET', `/products/${seeded?.id}`)).body.stock).toBe(seeded?.stock);
  });

  it('lets an admin change any product', async () => {
    const product = await ownProduct(otherSeller);
    const res = await call('PATCH', `/products/${product.id}`, admin, { brand: 'Renamed By Admin' });
    expect(res).toMatchObject({ status: 200, body: { brand: 'Renamed By Admin', sellerId: otherSeller.id } });
  });

  it('answers 404 for an unknown product and 400 for an empty or wrong change', async () => {
    expect(await call('PATCH', '/products/no-such-product', admin, { stock: 1 })).toMatchObject({
      status: 404,
      body: { code: 'PRODUCT_NOT_FOUND' },
    });
    const product = await ownProduct();
    expect((await call('PATCH', `/products/${product.id}`, otherSeller, {})).status).toBe(400);
    expect((await call('PATCH', `/products/${product.id}`, otherSeller, { sku: 'NEW-SKU-1' })).status).toBe(
      400,
    );
    expect((await call('PATCH', `/products/${product.id}`, otherSeller, { stock: -3 })).status).toBe(400);
    expect((await call('PATCH', `/products/${product.id}`, otherSeller, { price: null })).status).toBe(400);
  });
});

describe('archiving products', () => {
  it('hides an archived product from shoppers but not from its seller', async () => {
    const created = await call(
      'POST',
      '/products',
      otherSeller,
      newProduct({ name: 'Kalamkari Table Runner' }),
    );
    const id: string = created.body.id;
    const before = await call('GET', '/categories/home-kitchen');

    expect(await call('DELETE', `/products/${id}`, seller)).toMatchObject({
      status: 403,
      body: { code: 'NOT_PRODUCT_OWNER' },
    });
    expect((await call('DELETE', `/products/${id}`, customer)).status).toBe(403);
    expect((await call('DELETE', `/products/${id}`)).status).toBe(401);

    const archived = await call('DELETE', `/products/${id}`, otherSeller);
    expect(archived).toMatchObject({ status: 200, body: { id, status: 'archived' } });
    expect((await call('DELETE', `/products/${id}`, otherSeller)).body.status).toBe('archived');

    expect(await call('GET', `/products/${id}`)).toMatchObject({
      status: 404,
      body: { code: 'PRODUCT_NOT_FOUND' },
    });
    expect((await call('GET', '/products?q=kalamkari')).body.total).toBe(0);
    const batch = await svc
      .app()
      .inject({ method: 'POST', url: `${api}/products/batch`, payload: { ids: [id] } });
    expect(batch.json()).toEqual({ items: [], missing: [id] });
    expect((await call('GET', '/categories/home-kitchen')).body.productCount).toBe(
      before.body.productCount - 1,
    );

    const mine = await call('GET', '/seller/products?limit=60', otherSeller);
    expect(mine.body.items.find((p: { id: string }) => p.id === id)).toMatchObject({ status: 'archived' });
  });

  it('lets an admin archive any product; unknown products are 404', async () => {
    const created = await call('POST', '/products', otherSeller, newProduct());
    expect((await call('DELETE', `/products/${created.body.id}`, admin)).body.status).toBe('archived');
    expect((await call('DELETE', '/products/no-such-product', admin)).status).toBe(404);
    expect((await call('DELETE', '/products/Not%20An%20Id', admin)).status).toBe(400);
  });
});

describe("a seller's own products", () => {
  it('pages through every seeded product of the catalog seller, newest first', async () => {
    const ids: string[] = [];
    let cursor: string | null = null;
    let total = 0;
    do {
      const url: string = `/seller/products?limit=50${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
      const page = await call('GET', url, seller);
      expect(page.status).toBe(200);
      expect(page.headers['cache-control']).toBe('no-store');
      for (const p of page.body.items) expect(p.sellerId).toBe(catalogSellerId);
      ids.push(...page.body.items.map((p: { id: string }) => p.id));
      total = page.body.total;
      cursor = page.body.nextCursor;
    } while (cursor);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBe(total);
    const seeded = svc.seed().products;
    for (const p of seeded) expect(ids).toContain(p.id);
    const newestSeeded = [...seeded].sort((a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt))[0];
    const seededOrder = ids.filter((id) => seeded.some((p) => p.id === id));
    expect(seededOrder[0]).toBe(newestSeeded?.id);
  });

  it('is only for sellers, and a cursor cannot be replayed by another seller', async () => {
    expect((await call('GET', '/seller/products')).status).toBe(401);
    expect((await call('GET', '/seller/products', customer)).status).toBe(403);
    expect((await call('GET', '/seller/products', admin)).status).toBe(403);
    const first = await call('GET', '/seller/products?limit=2', seller);
    const replay = await call('GET', `/seller/products?cursor=${first.body.nextCursor}`, otherSeller);
    expect(replay).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
  });

  it('refuses an expired token', async () => {
    const res = await call('GET', '/seller/products', { ...seller, expiresInSeconds: -60 });
    expect(res).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } });
  });
});
