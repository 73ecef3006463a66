import type { ServiceName } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { api, seededProductService } from './helpers.ts';

const svc = seededProductService(import.meta.url);

async function putRating(productId: string, body: unknown, caller: ServiceName | null = 'reviews') {
  const res = await svc.app().inject({
    method: 'PUT',
    url: `${api}/internal/products/${productId}/rating`,
    headers: caller ? { 'x-service-key': svc.keys.key(caller) } : {},
    payload: body as Record<string, unknown>,
  });
  return { status: res.statusCode, body: res.json() };
}

describe('the rating pushed by the reviews service', () => {
  it('sets the rating shown in detail and listings, and the rating sort follows it', async () => {
    const target = svc.seed().products.at(-1);
    if (!target) throw new Error('empty seed');
    const res = await putRating(target.id, { average: 5, count: 1234 });
    expect(res).toEqual({ status: 200, body: { productId: target.id, rating: { average: 5, count: 1234 } } });
    const detail = await svc.app().inject({ method: 'GET', url: `${api}/products/${target.id}` });
    expect(detail.json().rating).toEqual({ average: 5, count: 1234 });
    const list = await svc.app().inject({
      method: 'GET',
      url: `${api}/products?category=${target.category}&sort=rating&limit=60`,
    });
    const items: { id: string; rating: { average: number } }[] = list.json().items;
    expect(items.find((p) => p.id === target.id)?.rating).toEqual({ average: 5, count: 1234 });
    expect(items[0]?.rating.average).toBe(5);

    expect((await putRating(target.id, { average: 0, count: 0 })).status).toBe(200);
    const after = await svc.app().inject({ method: 'GET', url: `${api}/products/${target.id}` });
    expect(after.json().rating).toEqual({ average: 0, count: 0 });
  });

  it('accepts only the reviews service: 401 without a key, 403 for other callers', async () => {
    const id = svc.seed().products[0]?.id ?? '';
    expect(await putRating(id, { average: 1, count: 1 }, null)).toMatchObject({
      status: 401,
      body: { code: 'SERVICE_KEY_REQUIRED' },
    });
    expect(await putRating(id, { average: 1, count: 1 }, 'cart')).toMatchObject({
      status: 403,
      body: { code: 'SERVICE_KEY_INVALID' },
    });
    const seeded = await svc.app().inject({ method: 'GET', url: `${api}/products/${id}` });
    expect(seeded.json().rating).toEqual(svc.seed().products[0]?.rating);
  });

  it('answers 404 for an unknown product and 400 for an impossible rating', async () => {
    expect(await putRating('no-such-product', { average: 4, count: 2 })).toMatchObject({
      status: 404,
      body: { code: 'PRODUCT_NOT_FOUND' },
    });
    const id = svc.seed().products[0]?.id ?? '';
    for (const body of [
      { average: 5.5, count: 1 },
      { average: 4, count: -1 },
      { average: 4 },
      { average: 4, count: 1.5 },
    ]) {
      expect((await putRating(id, body)).status).toBe(400);
    }
  });
});
