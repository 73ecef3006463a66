import type { TestTokenClaims } from '@emporium/service-kit/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import { newCustomer, reviewsTestbed } from './testbed.ts';

const bed = reviewsTestbed(import.meta.url);

type Item = { id: string; rating: number; createdAt: string; productId: string; userId: string };

let product = '';
let otherProduct = '';
const authors: TestTokenClaims[] = [];
const ratings = [5, 3, 4, 5, 1, 2, 4, 5, 3, 4, 5, 2, 4];

beforeAll(async () => {
  product = bed.catalog().products[40]?.id ?? '';
  otherProduct = bed.catalog().products[41]?.id ?? '';
  // One at a time, so creation times are distinct and "recent" has one right answer.
  for (const rating of ratings) {
    const author = newCustomer();
    authors.push(author);
    const res = await bed.call('POST', `/products/${product}/reviews`, author, {
      rating,
      title: `${rating} stars`,
      body: 'Honest opinion after a month of use.',
    });
    expect(res.status).toBe(201);
    await new Promise((r) => setTimeout(r, 3));
  }
});

async function allPages(url: string, as?: TestTokenClaims, limit = 4): Promise<Item[]> {
  const items: Item[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 50; page++) {
    const sep = url.includes('?') ? '&' : '?';
    const res = await bed.call('GET', `${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, as);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    items.push(...res.body.items);
    cursor = res.body.nextCursor;
    if (!cursor) return items;
  }
  throw new Error('pagination did not end');
}

const newestFirst = (a: Item, b: Item) => Date.parse(b.createdAt) - Date.parse(a.createdAt);

describe("a product's reviews", () => {
  it('pages through them newest first by default, without repeats or gaps', async () => {
    const items = await allPages(`/products/${product}/reviews`);
    expect(items).toHaveLength(ratings.length);
    expect(items.map((i) => i.rating)).toEqual([...ratings].reverse());
    expect([...items].sort(newestFirst)).toEqual(items);
  });

  it.each([
    ['rating_desc', (a: Item, b: Item) => b.rating - a.rating || newestFirst(a, b)],
    ['rating_asc', (a: Item, b: Item) => a.rating - b.rating || newestFirst(a, b)],
  ])('pages through them sorted %s', async (sort, order) => {
    const items = await allPages(`/products/${product}/reviews?sort=${sort}`, undefined, 3);
    expect(items).toHaveLength(ratings.length);
    expect(new Set(items.map((i) => i.id)).size).toBe(ratings.length);
    expect(items).toEqual([...items].sort(order));
  });

  it('are public and cacheable for a few seconds; a product without reviews has an empty list', async () => {
    const res = await bed.call('GET', `/products/${product}/reviews?limit=1`);
    expect(res.headers['cache-control']).toBe('public, max-age=15');
    expect((await bed.call('GET', `/products/${otherProduct}/reviews`)).body).toEqual({
      items: [],
      nextCursor: null,
    });
  });

  it('refuse a cursor from another sort, another product, or garbage', async () => {
    const first = await bed.call('GET', `/products/${product}/reviews?limit=2`);
    const cursor = first.body.nextCursor as string;
    for (const url of [
      `/products/${product}/reviews?sort=rating_desc&cursor=${cursor}`,
      `/products/${otherProduct}/reviews?cursor=${cursor}`,
      `/products/${product}/reviews?cursor=not-a-cursor`,
      `/products/${product}/reviews?cursor=${Buffer.from(JSON.stringify({ s: 'recent', l: `product:${product}`, v: [{ $gt: 1 }, 'x'] })).toString('base64url')}`,
    ]) {
      expect(await bed.call('GET', url)).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
    }
  });

  it.each([
    ['an unknown sort', '?sort=helpful'],
    ['a limit over 50', '?limit=51'],
    ['an unknown parameter', '?stars=5'],
  ])('refuse %s with 400', async (_name, query) => {
    expect((await bed.call('GET', `/products/${product}/reviews${query}`)).status).toBe(400);
  });
});

describe('the rating summary', () => {
  it('is one document read by product id with count, average and distribution', async () => {
    const res = await bed.call('GET', `/products/${product}/summary`);
    expect(res.status).toBe(200);
    const count = (n: number) => ratings.filter((r) => r === n).length;
    expect(res.body).toEqual({
      productId: product,
      count: ratings.length,
      average: Math.round((ratings.reduce((a, b) => a + b, 0) / ratings.length) * 10) / 10,
      distribution: { '1': count(1), '2': count(2), '3': count(3), '4': count(4), '5': count(5) },
    });
  });

  it('is all zeros for a product nobody reviewed, and 400 for a malformed id', async () => {
    expect((await bed.call('GET', `/products/${otherProduct}/summary`)).body).toEqual({
      productId: otherProduct,
      count: 0,
      average: 0,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 0 },
    });
    expect((await bed.call('GET', '/products/Not%20An%20Id/summary')).status).toBe(400);
  });
});

describe('my reviews', () => {
  it("lists the signed-in customer's own reviews across products, newest first, a page at a time", async () => {
    const me = authors[0] as TestTokenClaims;
    const second = bed.catalog().products[42]?.id ?? '';
    const third = bed.catalog().products[43]?.id ?? '';
    for (const id of [second, third]) {
      const res = await bed.call('POST', `/products/${id}/reviews`, me, {
        rating: 4,
        title: 'Good',
        body: 'Good.',
      });
      expect(res.status).toBe(201);
    }
    const mine = await allPages('/me/reviews', me, 2);
    expect(mine.map((r) => r.productId)).toEqual([third, second, product]);
    expect(mine.every((r) => r.userId === me.id)).toBe(true);
    const res = await bed.call('GET', '/me/reviews', me);
    expect(res.headers['cache-control']).toBe('private, no-store');
  });

  it('is empty for someone who wrote nothing, and needs a signed-in user', async () => {
    expect((await bed.call('GET', '/me/reviews', newCustomer())).body).toEqual({
      items: [],
      nextCursor: null,
    });
    expect(await bed.call('GET', '/me/reviews')).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(
      await bed.call('GET', '/me/reviews', { id: 'someone', type: 'customer', expiresInSeconds: -10 }),
    ).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } });
  });

  it("refuses another author's cursor", async () => {
    const first = await bed.call('GET', '/me/reviews?limit=1', authors[0]);
    const replay = await bed.call('GET', `/me/reviews?cursor=${first.body.nextCursor}`, authors[1]);
    expect(replay).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
  });
});
