import type { InjectOptions } from 'fastify';
import { describe, expect, it } from 'vitest';
import { api, seededProductService } from './helpers.ts';

const svc = seededProductService(import.meta.url);

async function cursorFor(query: string): Promise<string> {
  const res = await svc.app().inject({ method: 'GET', url: `${api}/products?${query}&limit=2` });
  return res.json().nextCursor;
}

const get = (url: string): InjectOptions => ({ method: 'GET', url: `${api}${url}` });
const batch = (payload: unknown, headers: Record<string, string> = {}): InjectOptions => ({
  method: 'POST',
  url: `${api}/products/batch`,
  payload: payload as string,
  headers: { 'content-type': 'application/json', ...headers },
});

describe('bad input always gets a 4xx with the JSON error shape, never a 500', () => {
  const cases: [string, InjectOptions, number, string][] = [
    ['non-numeric limit', get('/products?limit=lots'), 400, 'VALIDATION_FAILED'],
    ['limit over the maximum', get('/products?limit=1000'), 400, 'VALIDATION_FAILED'],
    ['negative price', get('/products?minPrice=-5'), 400, 'VALIDATION_FAILED'],
    ['fractional price', get('/products?minPrice=10.5'), 400, 'VALIDATION_FAILED'],
    ['unknown sort', get('/products?sort=cheapest'), 400, 'VALIDATION_FAILED'],
    ['non-boolean inStock', get('/products?inStock=maybe'), 400, 'VALIDATION_FAILED'],
    ['malformed category', get('/products?category=Not%20A%20Slug'), 400, 'VALIDATION_FAILED'],
    ['unknown query parameter', get('/products?color=red'), 400, 'VALIDATION_FAILED'],
    ['overlong search', get(`/products?q=${'a'.repeat(101)}`), 400, 'VALIDATION_FAILED'],
    ['repeated scalar parameter', get('/products?limit=1&limit=2'), 400, 'VALIDATION_FAILED'],
    ['min price above max price', get('/products?minPrice=900&maxPrice=100'), 400, 'INVALID_PRICE_RANGE'],
    ['operator smuggled in brackets', get('/products?category[$ne]=x'), 400, 'VALIDATION_FAILED'],
    ['operator as parameter name', get('/products?$where=sleep(1000)'), 400, 'OPERATOR_NOT_ALLOWED'],
    ['garbage cursor', get('/products?cursor=not-base64-json'), 400, 'INVALID_CURSOR'],
    [
      'cursor with an operator inside',
      get(
        `/products?cursor=${Buffer.from(JSON.stringify({ s: 'featured', f: 'x', v: { $gt: 0 }, id: 'a' })).toString('base64url')}`,
      ),
      400,
      'INVALID_CURSOR',
    ],
    ['body ids as an operator object', batch({ ids: { $gt: '' } }), 400, 'OPERATOR_NOT_ALLOWED'],
    ['body id as an operator object', batch({ ids: [{ $ne: null }] }), 400, 'OPERATOR_NOT_ALLOWED'],
    ['body with an unknown field', batch({ ids: ['a-b'], all: true }), 400, 'VALIDATION_FAILED'],
    ['empty id list', batch({ ids: [] }), 400, 'VALIDATION_FAILED'],
    ['duplicate ids', batch({ ids: ['a-b', 'a-b'] }), 400, 'VALIDATION_FAILED'],
    [
      'too many ids',
      batch({ ids: Array.from({ length: 101 }, (_, i) => `p-${i}`) }),
      400,
      'VALIDATION_FAILED',
    ],
    ['not JSON', batch('{"ids": [', {}), 400, 'INVALID_JSON'],
    ['oversized body', batch({ ids: ['a'.repeat(200_000)] }), 413, 'PAYLOAD_TOO_LARGE'],
    ['wrong method', { method: 'DELETE', url: `${api}/products` }, 404, 'ROUTE_NOT_FOUND'],
  ];

  it.each(cases)('%s', async (_name, request, status, code) => {
    const res = await svc.app().inject(request);
    expect(res.statusCode, res.body).toBe(status);
    expect(res.json()).toMatchObject({
      statusCode: status,
      code,
      error: expect.any(String),
      message: expect.any(String),
      requestId: expect.any(String),
    });
  });

  it('refuses a cursor replayed with another sort or other filters', async () => {
    const cursor = await cursorFor('sort=price_asc&category=books');
    const otherSort = await svc
      .app()
      .inject(get(`/products?sort=price_desc&category=books&cursor=${cursor}`));
    expect(otherSort.json()).toMatchObject({
      statusCode: 400,
      code: 'INVALID_CURSOR',
      message: expect.stringContaining('sort'),
    });
    const otherFilter = await svc
      .app()
      .inject(get(`/products?sort=price_asc&category=toys-games&cursor=${cursor}`));
    expect(otherFilter.json()).toMatchObject({
      statusCode: 400,
      code: 'INVALID_CURSOR',
      message: expect.stringContaining('filters'),
    });
    const same = await svc
      .app()
      .inject(get(`/products?sort=price_asc&category=books&cursor=${cursor}&limit=2`));
    expect(same.statusCode).toBe(200);
  });
});
