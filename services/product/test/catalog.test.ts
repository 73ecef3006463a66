import { describe, expect, it } from 'vitest';
import type { SeedCatalog } from '../src/seed/seed-file.ts';
import { api, seededProductService } from './helpers.ts';

type SeedProduct = SeedCatalog['products'][number];

const svc = seededProductService(import.meta.url);

async function get(url: string) {
  const res = await svc.app().inject({ method: 'GET', url: `${api}${url}` });
  return { status: res.statusCode, body: res.json(), headers: res.headers };
}

type Summary = {
  id: string;
  name: string;
  brand: string;
  price: { amount: number };
  stock: number;
  inStock: boolean;
  category: { slug: string };
};

/** Follows nextCursor until the end; returns every item in order. */
async function allPages(query: string, pageSize = 50): Promise<Summary[]> {
  const items: Summary[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 100; page++) {
    const sep = query ? '&' : '';
    const url: string = `/products?${query}${sep}limit=${pageSize}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const { status, body } = await get(url);
    expect(status, JSON.stringify(body)).toBe(200);
    items.push(...body.items);
    cursor = body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

describe('categories', () => {
  it('lists every seed category in order with product counts that add up', async () => {
    const { status, body, headers } = await get('/categories');
    expect(status).toBe(200);
    expect(headers['cache-control']).toContain('max-age');
    const seed = svc.seed();
    expect(body.items.map((c: { slug: string }) => c.slug)).toEqual(seed.categories.map((c) => c.slug));
    const sum = body.items.reduce((n: number, c: { productCount: number }) => n + c.productCount, 0);
    expect(sum).toBe(seed.products.length);
    expect(body.items.length).toBeGreaterThanOrEqual(10);
  });

  it('returns one category and 404s an unknown one', async () => {
    const first = svc.seed().categories[0];
    expect((await get(`/categories/${first?.slug}`)).body).toMatchObject({
      slug: first?.slug,
      name: first?.name,
    });
    expect(await get('/categories/no-such-thing')).toMatchObject({
      status: 404,
      body: { code: 'CATEGORY_NOT_FOUND' },
    });
    for (const slug of ['Not%20A%20Slug', 'UPPER', 'x'.repeat(81)]) {
      expect((await get(`/categories/${slug}`)).status, slug).toBe(400);
    }
  });
});

describe('listing products', () => {
  it('returns the first page of the whole catalog, most popular first', async () => {
    const { status, body } = await get('/products');
    expect(status).toBe(200);
    const seed = svc.seed();
    expect(body.total).toBe(seed.products.length);
    expect(body.items).toHaveLength(24);
    expect(typeof body.nextCursor).toBe('string');
    const expected = [...seed.products].sort((a, b) => b.popularity - a.popularity || (a.id < b.id ? -1 : 1));
    expect(body.items.map((p: Summary) => p.id)).toEqual(expected.slice(0, 24).map((p) => p.id));
    expect(body.items[0]).toEqual({
      id: expect.any(String),
      sku: expect.stringMatching(/^[A-Z]{2}-[A-Z]{3}-\d{4}$/),
      name: expect.any(String),
      brand: expect.any(String),
      category: { slug: expect.any(String), name: expect.any(String) },
      price: { amount: expect.any(Number), currency: 'INR' },
      listPrice: expect.toBeOneOf([null, { amount: expect.any(Number), currency: 'INR' }]),
      discountPercent: expect.toBeOneOf([null, expect.any(Number)]),
      stock: expect.any(Number),
      inStock: expect.any(Boolean),
      rating: { average: expect.any(Number), count: expect.any(Number) },
      images: [],
    });
  });

  const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  const sorts: [string, (a: SeedProduct, b: SeedProduct) => number][] = [
    ['price_asc', (a, b) => a.price - b.price],
    ['price_desc', (a, b) => b.price - a.price],
    ['name', (a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase())],
    ['newest', (a, b) => Date.parse(b.createdAt) - Date.parse(a.createdAt)],
    ['rating', (a, b) => b.rating.average - a.rating.average],
  ];

  it.each(sorts)(
    'pages through every product sorted by %s without repeats or gaps',
    async (sort, compare) => {
      const items = await allPages(`sort=${sort}`, 37);
      const expected = [...svc.seed().products]
        .sort((a, b) => compare(a, b) || byText(a.id, b.id))
        .map((p) => p.id);
      expect(items.map((p) => p.id)).toEqual(expected);
    },
  );

  it('filters by category, brand, price range and stock, and pages the result', async () => {
    const seed = svc.seed().products;
    const sample = seed.find((p) => p.stock > 0);
    if (!sample) throw new Error('seed has no product in stock');
    const min = 50000;
    const max = 500000;
    const items = await allPages(
      `category=${sample.category}&minPrice=${min}&maxPrice=${max}&inStock=true`,
      5,
    );
    const expected = seed.filter(
      (p) => p.category === sample.category && p.price >= min && p.price <= max && p.stock > 0,
    );
    expect(items.map((p) => p.id).sort()).toEqual(expected.map((p) => p.id).sort());
    for (const p of items) {
      expect(p.category.slug).toBe(sample.category);
      expect(p.inStock).toBe(true);
    }

    const byBrand = await allPages(`brand=${encodeURIComponent(sample.brand)}`);
    expect(byBrand.map((p) => p.id).sort()).toEqual(
      seed
        .filter((p) => p.brand === sample.brand)
        .map((p) => p.id)
        .sort(),
    );

    const soldOut = await allPages('inStock=false');
    expect(soldOut.length).toBe(seed.filter((p) => p.stock === 0).length);
    expect(soldOut.every((p) => !p.inStock)).toBe(true);
  });

  it('reports the total over all pages', async () => {
    const seed = svc.seed().products;
    const category = seed[0]?.category;
    const { body } = await get(`/products?category=${category}&limit=2`);
    expect(body.items).toHaveLength(2);
    expect(body.total).toBe(seed.filter((p) => p.category === category).length);
  });
});

describe('searching', () => {
  it('finds a product by words of its name, in any case, with partial last word', async () => {
    const seed = svc.seed().products;
    const target = seed[Math.floor(seed.length / 2)];
    if (!target) throw new Error('empty seed');
    const words = target.name.split(/\s+/).filter((w) => /^[A-Za-z]{4,}$/.test(w));
    const query = `${words.slice(0, 2).join(' ').toUpperCase()}`.slice(0, -1);
    const items = await allPages(`q=${encodeURIComponent(query)}`);
    expect(items.map((p) => p.id)).toContain(target.id);
  });

  it('matches brand and singular/plural forms, and combines with filters', async () => {
    const seed = svc.seed().products;
    const brand = seed[0]?.brand ?? '';
    const items = await allPages(`q=${encodeURIComponent(brand.toLowerCase())}`);
    for (const p of seed.filter((s) => s.brand === brand)) expect(items.map((i) => i.id)).toContain(p.id);

    const singular = await get('/products?q=speaker&limit=60');
    const plural = await get('/products?q=speakers&limit=60');
    expect(plural.body.total).toBe(singular.body.total);

    const inCategory = await allPages(`q=${encodeURIComponent(brand)}&category=${seed[0]?.category}`);
    expect(inCategory.every((p) => p.category.slug === seed[0]?.category)).toBe(true);
  });

  it('returns an empty page for words nothing matches or nothing searchable, treating regex characters literally', async () => {
    expect((await get('/products?q=zzzqqqxxy')).body).toEqual({ items: [], total: 0, nextCursor: null });
    expect((await get(`/products?q=${encodeURIComponent('.*')}`)).body.total).toBe(0);
    expect((await get(`/products?q=${encodeURIComponent('(')}`)).body.total).toBe(0);
    expect((await get('/products?q=the')).body.total).toBe(0);
  });
});

describe('one product', () => {
  it('returns the detail of a product', async () => {
    const seed = svc.seed().products[0];
    if (!seed) throw new Error('empty seed');
    const { status, body } = await get(`/products/${seed.id}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      id: seed.id,
      name: seed.name,
      brand: seed.brand,
      description: seed.description,
      highlights: seed.highlights,
      attributes: seed.attributes,
      price: { amount: seed.price, currency: 'INR' },
      stock: seed.stock,
    });
    expect(body).not.toHaveProperty('searchTerms');
    expect(body).not.toHaveProperty('_id');
  });

  it('404s an unknown product and 400s a malformed id', async () => {
    expect(await get('/products/not-a-real-product')).toMatchObject({
      status: 404,
      body: { code: 'PRODUCT_NOT_FOUND' },
    });
    expect((await get('/products/Bad%20Id!')).status).toBe(400);
  });

  it('returns several products in the order asked for, naming the missing ones', async () => {
    const [a, b] = svc.seed().products;
    const res = await svc.app().inject({
      method: 'POST',
      url: `${api}/products/batch`,
      payload: { ids: [b?.id, 'gone-product', a?.id] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().items.map((p: Summary) => p.id)).toEqual([b?.id, a?.id]);
    expect(res.json().missing).toEqual(['gone-product']);
  });
});
