import { describe, expect, it } from 'vitest';
import { api, seededProductService } from './helpers.ts';

const svc = seededProductService(import.meta.url);

describe('the OpenAPI document', () => {
  it('describes every product route with its parameters and responses', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium product service');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        `${api}/categories`,
        `${api}/categories/{slug}`,
        `${api}/products`,
        `${api}/products/batch`,
        `${api}/products/{productId}`,
        `${api}/seller/products`,
        `${api}/internal/reservations`,
        `${api}/internal/reservations/{reservationId}/release`,
        `${api}/internal/products/{productId}/rating`,
        '/health',
        '/health/live',
      ].sort(),
    );
    const list = doc.paths[`${api}/products`].get;
    expect(list.parameters.map((p: { name: string; in: string }) => `${p.in}:${p.name}`).sort()).toEqual(
      ['q', 'category', 'brand', 'minPrice', 'maxPrice', 'inStock', 'sort', 'limit', 'cursor']
        .map((n) => `query:${n}`)
        .sort(),
    );
    expect(Object.keys(list.responses).sort()).toEqual(['200', '400', '503']);
    expect(doc.paths[`${api}/products/{productId}`].get.responses['404']).toBeDefined();
    const product = doc.paths[`${api}/products/{productId}`];
    expect(Object.keys(product).sort()).toEqual(['delete', 'get', 'patch']);
    expect(Object.keys(product.patch.responses).sort()).toEqual(
      ['200', '400', '401', '403', '404', '503'].sort(),
    );
    const reserve = doc.paths[`${api}/internal/reservations`].post;
    expect(Object.keys(reserve.responses).sort()).toEqual(
      ['200', '201', '400', '401', '403', '409', '503'].sort(),
    );
  });
});
