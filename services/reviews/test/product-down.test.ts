import { describe, expect, it } from 'vitest';
import { newCustomer, reviewsTestbed } from './testbed.ts';

const bed = reviewsTestbed(import.meta.url);

describe('with the product service down', () => {
  it('cannot post (503, the product cannot be checked) but edits, deletes and reads keep working', async () => {
    const product = bed.catalog().products[7]?.id ?? '';
    const author = newCustomer();
    const posted = await bed.call('POST', `/products/${product}/reviews`, author, {
      rating: 2,
      title: 'Meh',
      body: 'Expected better.',
    });
    expect(posted.status).toBe(201);

    await bed.product().close();

    const blocked = await bed.call('POST', `/products/${product}/reviews`, newCustomer(), {
      rating: 5,
      title: 'Great',
      body: 'Loved it.',
    });
    expect(blocked.status).toBe(503);
    expect(blocked.body).toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      details: [{ in: 'dependency', path: '/product' }],
    });

    // The rating cannot be pushed, which is logged, not fatal: the change itself is made.
    const changed = await bed.call('PATCH', `/reviews/${posted.body.id}`, author, { rating: 4 });
    expect(changed).toMatchObject({ status: 200, body: { rating: 4 } });
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({
      count: 1,
      average: 4,
    });
    expect((await bed.call('GET', `/products/${product}/reviews`)).body.items).toHaveLength(1);
    expect((await bed.call('DELETE', `/reviews/${posted.body.id}`, author)).status).toBe(204);
    expect((await bed.call('GET', `/products/${product}/summary`)).body).toMatchObject({ count: 0 });
  });
});
