import { devUsers } from '@emporium/dev-data';
import type { TestTokenClaims } from '@emporium/service-kit/testing';
import { describe, expect, it } from 'vitest';
import { api, newCustomer, reviewsTestbed } from './testbed.ts';

const bed = reviewsTestbed(import.meta.url);

const seller: TestTokenClaims = { id: devUsers.seller.id, type: 'seller' };
const admin: TestTokenClaims = { id: devUsers.admin.id, type: 'admin' };

/** A different seeded product for each test, so summaries start from zero in this database. */
let nextProduct = 0;
function productId(): string {
  const id = bed.catalog().products[nextProduct]?.id;
  nextProduct += 1;
  if (!id) throw new Error('ran out of seed products');
  return id;
}

const review = (
  rating: number,
  title = 'Worth every rupee',
  body = 'Sturdy, looks good, delivered early.',
) => ({
  rating,
  title,
  body,
});

async function post(product: string, as: TestTokenClaims, rating: number) {
  const res = await bed.call('POST', `/products/${product}/reviews`, as, review(rating));
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body as { id: string; rating: number; createdAt: string };
}

describe('posting a review', () => {
  it('stores it with the author, updates the summary and pushes the rating to the product service', async () => {
    const product = productId();
    const author = newCustomer('Meera Nair');
    const res = await bed.call('POST', `/products/${product}/reviews`, author, review(4));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      productId: product,
      userId: author.id,
      authorName: 'Meera Nair',
      rating: 4,
      title: 'Worth every rupee',
      body: 'Sturdy, looks good, delivered early.',
      verifiedPurchase: false,
      createdAt: expect.any(String),
      updatedAt: res.body.createdAt,
    });
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
      productId: product,
      count: 1,
      average: 4,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 },
    });
    expect(await bed.productRating(product)).toEqual({ average: 4, count: 1 });
  });

  it('marks it a verified purchase when the order service says the author bought the product', async () => {
    const product = productId();
    const buyer = newCustomer();
    bed.purchases.add(`${buyer.id} ${product}`);
    const before = bed.order().calls.length;
    const res = await bed.call('POST', `/products/${product}/reviews`, buyer, review(5));
    expect(res.body.verifiedPurchase).toBe(true);
    // The double answered only because the reviews service presented its own service key.
    const call = bed
      .order()
      .calls.slice(before)
      .find((c) => c.path === '/internal/purchases');
    expect(call?.query.get('userId')).toBe(buyer.id);
    expect(call?.query.get('productId')).toBe(product);
    expect(call?.headers['x-request-id']).toBe(res.headers['x-request-id']);

    const browser = newCustomer();
    expect(
      (await bed.call('POST', `/products/${product}/reviews`, browser, review(3))).body.verifiedPurchase,
    ).toBe(false);
  });

  it('allows one review per customer per product (409 REVIEW_EXISTS) and leaves the summary alone', async () => {
    const product = productId();
    const author = newCustomer();
    await post(product, author, 2);
    const again = await bed.call('POST', `/products/${product}/reviews`, author, review(5));
    expect(again).toMatchObject({ status: 409, body: { code: 'REVIEW_EXISTS' } });
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 1,
      average: 2,
    });
    // The same customer may still review another product.
    await post(productId(), author, 5);
  });

  it('takes exactly one of ten concurrent posts by the same customer', async () => {
    const product = productId();
    const author = newCustomer();
    const results = await Promise.all(
      Array.from({ length: 10 }, () => bed.call('POST', `/products/${product}/reviews`, author, review(5))),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) expect(r.body.code).toBe('REVIEW_EXISTS');
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 1,
      average: 5,
    });
  });

  it('keeps an exact summary when 20 customers post at once', async () => {
    const product = productId();
    const ratings = Array.from({ length: 20 }, (_, i) => (i % 5) + 1);
    await Promise.all(ratings.map((r) => post(product, newCustomer(), r)));
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
      productId: product,
      count: 20,
      average: 3,
      distribution: { '1': 4, '2': 4, '3': 4, '4': 4, '5': 4 },
    });
    expect(await bed.productRating(product)).toEqual({ average: 3, count: 20 });
  });

  it('refuses guests (401), sellers and admins (403), and unknown products (404)', async () => {
    const product = productId();
    expect(await bed.call('POST', `/products/${product}/reviews`, undefined, review(5))).toMatchObject({
      status: 401,
      body: { code: 'UNAUTHENTICATED' },
    });
    expect(await bed.call('POST', `/products/${product}/reviews`, seller, review(5))).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect((await bed.call('POST', `/products/${product}/reviews`, admin, review(5))).status).toBe(403);
    expect(
      await bed.call('POST', '/products/no-such-product/reviews', newCustomer(), review(5)),
    ).toMatchObject({
      status: 404,
      body: { code: 'PRODUCT_NOT_FOUND' },
    });
    expect((await bed.call('GET', `/products/${product}/summary`)).body.count).toBe(0);
  });

  it.each([
    ['six stars', { ...review(6) }],
    ['no stars', { ...review(0) }],
    ['half a star', { ...review(3.5) }],
    ['stars as text', { ...review(4), rating: '4' }],
    ['an empty title', review(4, '')],
    ['a blank title', review(4, '   ')],
    ['a title over 120 characters', review(4, 'x'.repeat(121))],
    ['a body over 4000 characters', review(4, 'Fine', 'y'.repeat(4001))],
    ['no body', { rating: 4, title: 'Fine' }],
    ['an extra field', { ...review(4), verifiedPurchase: true }],
    ['an operator', { ...review(4), title: { $ne: '' } }],
  ])('refuses %s with 400', async (_name, body) => {
    const res = await bed.call('POST', `/products/${productId()}/reviews`, newCustomer(), body);
    expect(res.status, JSON.stringify(res.body)).toBe(400);
  });
});

describe('changing a review', () => {
  it('lets the author change stars and text; the summary moves by the difference', async () => {
    const product = productId();
    const author = newCustomer();
    const other = newCustomer();
    const mine = await post(product, author, 2);
    await post(product, other, 4);

    const changed = await bed.call('PATCH', `/reviews/${mine.id}`, author, {
      rating: 5,
      body: 'Grew on me.',
    });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect(changed.body).toMatchObject({
      id: mine.id,
      rating: 5,
      body: 'Grew on me.',
      title: 'Worth every rupee',
    });
    expect(Date.parse(changed.body.updatedAt)).toBeGreaterThanOrEqual(Date.parse(mine.createdAt));
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
      productId: product,
      count: 2,
      average: 4.5,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 1 },
    });
    expect(await bed.productRating(product)).toEqual({ average: 4.5, count: 2 });

    const titleOnly = await bed.call('PATCH', `/reviews/${mine.id}`, author, { title: 'Changed my mind' });
    expect(titleOnly.body).toMatchObject({ title: 'Changed my mind', rating: 5 });
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 2,
      average: 4.5,
    });
  });

  it('refuses another customer (403 NOT_REVIEW_AUTHOR), sellers, admins (403) and guests (401)', async () => {
    const product = productId();
    const mine = await post(product, newCustomer(), 3);
    expect(await bed.call('PATCH', `/reviews/${mine.id}`, newCustomer(), { rating: 1 })).toMatchObject({
      status: 403,
      body: { code: 'NOT_REVIEW_AUTHOR' },
    });
    expect(await bed.call('PATCH', `/reviews/${mine.id}`, admin, { rating: 1 })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect((await bed.call('PATCH', `/reviews/${mine.id}`, seller, { rating: 1 })).status).toBe(403);
    expect((await bed.call('PATCH', `/reviews/${mine.id}`, undefined, { rating: 1 })).status).toBe(401);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 1,
      average: 3,
    });
  });

  it('answers 404 for an unknown review and 400 for an empty or wrong change', async () => {
    const author = newCustomer();
    expect(await bed.call('PATCH', '/reviews/no-such-review', author, { rating: 1 })).toMatchObject({
      status: 404,
      body: { code: 'REVIEW_NOT_FOUND' },
    });
    const mine = await post(productId(), author, 3);
    for (const body of [{}, { rating: 9 }, { productId: 'other-product' }, { verifiedPurchase: true }]) {
      expect((await bed.call('PATCH', `/reviews/${mine.id}`, author, body)).status).toBe(400);
    }
    expect((await bed.call('DELETE', '/reviews/not%20an%20id', author)).status).toBe(400);
    expect((await bed.call('DELETE', `/reviews/${'x'.repeat(65)}`, author)).status).toBe(400);
  });

  it('keeps the summary exact when the author changes the stars many times at once', async () => {
    const product = productId();
    const author = newCustomer();
    const mine = await post(product, author, 1);
    await Promise.all(
      [5, 2, 4, 3, 5, 1, 4, 2, 3, 5].map((rating) =>
        bed.call('PATCH', `/reviews/${mine.id}`, author, { rating }),
      ),
    );
    const final = (await bed.call('GET', `/me/reviews`, author)).body.items[0].rating as number;
    const summary = (await bed.call('GET', `/products/${product}/summary`)).body;
    expect(summary.count).toBe(1);
    expect(summary.average).toBe(final);
    expect(summary.distribution[String(final)]).toBe(1);
    expect(Object.values(summary.distribution).reduce((a: number, b) => a + (b as number), 0)).toBe(1);
  });
});

describe('deleting a review', () => {
  it('lets the author delete it; the summary and the product rating follow', async () => {
    const product = productId();
    const author = newCustomer();
    const mine = await post(product, author, 1);
    await post(product, newCustomer(), 5);
    expect(await bed.call('DELETE', `/reviews/${mine.id}`, newCustomer())).toMatchObject({
      status: 403,
      body: { code: 'NOT_REVIEW_AUTHOR' },
    });
    expect((await bed.call('DELETE', `/reviews/${mine.id}`, seller)).status).toBe(403);
    expect((await bed.call('DELETE', `/reviews/${mine.id}`)).status).toBe(401);

    const deleted = await bed.call('DELETE', `/reviews/${mine.id}`, author);
    expect(deleted.status).toBe(204);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
      productId: product,
      count: 1,
      average: 5,
      distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 1 },
    });
    expect(await bed.productRating(product)).toEqual({ average: 5, count: 1 });
    expect(await bed.call('DELETE', `/reviews/${mine.id}`, author)).toMatchObject({
      status: 404,
      body: { code: 'REVIEW_NOT_FOUND' },
    });
    // With the review gone, the author may review the product again.
    await post(product, author, 4);
  });

  it('lets an admin delete anyone’s review, once, even when asked many times at once', async () => {
    const product = productId();
    const theirs = await post(product, newCustomer(), 2);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => bed.call('DELETE', `/reviews/${theirs.id}`, admin)),
    );
    expect(results.filter((r) => r.status === 204)).toHaveLength(1);
    expect(results.filter((r) => r.status === 404)).toHaveLength(7);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 0,
      average: 0,
    });
    expect(await bed.productRating(product)).toEqual({ average: 0, count: 0 });
  });
});

describe('compensation when the summary cannot be updated', () => {
  it('takes the review write back and rebuilds the summary from the reviews, so the two never disagree', async () => {
    const product = productId();
    const author = newCustomer();
    const kept = await post(product, author, 4);
    const summaries = bed.db.client.db(bed.db.name).collection<{ _id: string; sum: unknown }>('summaries');
    const reviews = bed.db.client.db(bed.db.name).collection('reviews');
    // A summary whose sum is not a number makes every $inc on it fail.
    const corrupt = () => summaries.updateOne({ _id: product }, { $set: { sum: 'corrupt' } });
    const exact = { count: 1, average: 4, distribution: { '1': 0, '2': 0, '3': 0, '4': 1, '5': 0 } };

    await corrupt();
    const newcomer = newCustomer();
    const posted = await bed.call('POST', `/products/${product}/reviews`, newcomer, review(5));
    expect(posted.status).toBe(500);
    expect(await reviews.countDocuments({ productId: product, userId: newcomer.id })).toBe(0);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject(exact);

    await corrupt();
    expect(
      (await bed.call('PATCH', `/reviews/${kept.id}`, author, { rating: 1, title: 'Nope' })).status,
    ).toBe(500);
    expect(await reviews.findOne({ _id: kept.id as never })).toMatchObject({
      rating: 4,
      title: 'Worth every rupee',
    });
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject(exact);

    await corrupt();
    expect((await bed.call('DELETE', `/reviews/${kept.id}`, author)).status).toBe(500);
    expect(await reviews.findOne({ _id: kept.id as never })).toMatchObject({ rating: 4, userId: author.id });

    // Rebuilt after each failure, so the next change works from the same numbers.
    expect((await bed.call('DELETE', `/reviews/${kept.id}`, author)).status).toBe(204);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 0,
      average: 0,
    });
  });

  it('repairs a summary that lost a change (a crash between the review and its $inc) on the next change', async () => {
    const product = productId();
    await post(product, newCustomer(), 2);
    await post(product, newCustomer(), 4);
    // As if the process died after inserting the second review but before its $inc.
    const summaries = bed.db.client.db(bed.db.name).collection<{ _id: string }>('summaries');
    await summaries.updateOne({ _id: product }, { $inc: { count: -1, sum: -4, 'stars.4': -1 } } as never);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({ count: 1 });

    await post(product, newCustomer(), 5);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
      productId: product,
      count: 3,
      average: 3.7,
      distribution: { '1': 0, '2': 1, '3': 0, '4': 1, '5': 1 },
    });
    expect(await bed.productRating(product)).toEqual({ average: 3.7, count: 3 });
  });
});

describe('two replicas on one database', () => {
  it('keeps an exact summary when both take concurrent reviews, changes and deletes of one product', async () => {
    const second = await bed.replica();
    try {
      const product = productId();
      const authors = Array.from({ length: 16 }, () => newCustomer());
      const via = async (i: number, method: 'POST' | 'PATCH' | 'DELETE', url: string, body?: unknown) => {
        const app = i % 2 ? second : bed.app();
        const res = await app.inject({
          method,
          url: `${api}${url}`,
          headers: await bed.tokens().headers(authors[i] as TestTokenClaims),
          ...(body !== undefined && { payload: body as Record<string, unknown> }),
        });
        return { status: res.statusCode, body: res.body ? res.json() : null };
      };
      const posted = await Promise.all(
        authors.map((_, i) => via(i, 'POST', `/products/${product}/reviews`, review((i % 5) + 1))),
      );
      expect(posted.map((r) => r.status)).toEqual(authors.map(() => 201));
      // Half change their stars to 5 while the other half delete, all at once, across both replicas.
      const changes = await Promise.all(
        posted.map((r, i) =>
          i < 8
            ? via(i, 'PATCH', `/reviews/${r.body.id}`, { rating: 5 })
            : via(i, 'DELETE', `/reviews/${r.body.id}`),
        ),
      );
      expect(changes.map((r) => r.status)).toEqual(posted.map((_, i) => (i < 8 ? 200 : 204)));
      expect((await bed.call('GET', `/products/${product}/summary`)).body).toEqual({
        productId: product,
        count: 8,
        average: 5,
        distribution: { '1': 0, '2': 0, '3': 0, '4': 0, '5': 8 },
      });
      expect(await bed.productRating(product)).toEqual({ average: 5, count: 8 });
    } finally {
      await second.close();
    }
  });
});

describe('business events', () => {
  it('sends review.posted to the activity service', async () => {
    const product = productId();
    const author = newCustomer();
    const mine = await post(product, author, 5);
    await bed.app().events.flush();
    expect(bed.events).toContainEqual(
      expect.objectContaining({
        type: 'review.posted',
        subject: mine.id,
        userId: author.id,
        data: { productId: product, rating: 5, verifiedPurchase: false },
      }),
    );
  });
});
