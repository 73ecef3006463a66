import { describe, expect, it } from 'vitest';
import { newCustomer, reviewsTestbed } from './testbed.ts';

// The order service is unreachable for this whole file.
const bed = reviewsTestbed(import.meta.url, { orderDown: true });

describe('with the order service down', () => {
  it('still posts the review, as not verified, and updates the summary', async () => {
    const product = bed.catalog().products[3]?.id ?? '';
    const author = newCustomer();
    bed.purchases.add(`${author.id} ${product}`);
    const res = await bed.call('POST', `/products/${product}/reviews`, author, {
      rating: 5,
      title: 'Excellent',
      body: 'Does exactly what it says.',
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body.verifiedPurchase).toBe(false);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 1,
      average: 5,
    });
    expect(await bed.productRating(product)).toEqual({ average: 5, count: 1 });
  });
});
