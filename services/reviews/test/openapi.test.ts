import { describe, expect, it } from 'vitest';
import { api, reviewsTestbed } from './testbed.ts';

const bed = reviewsTestbed(import.meta.url);

describe('the OpenAPI document', () => {
  it('describes every reviews route with its responses', async () => {
    const res = await bed.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium reviews service');
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        `${api}/products/{productId}/reviews`,
        `${api}/products/{productId}/summary`,
        `${api}/reviews/{reviewId}`,
        `${api}/me/reviews`,
        '/health',
        '/health/live',
      ].sort(),
    );
    const codes = (path: string, method: string) =>
      Object.keys(doc.paths[`${api}${path}`][method].responses).sort();
    expect(codes('/products/{productId}/reviews', 'post')).toEqual([
      '201',
      '400',
      '401',
      '403',
      '404',
      '409',
      '503',
    ]);
    expect(codes('/reviews/{reviewId}', 'patch')).toEqual(['200', '400', '401', '403', '404', '503']);
    expect(codes('/reviews/{reviewId}', 'delete')).toEqual(['204', '400', '401', '403', '404', '503']);
    expect(codes('/products/{productId}/reviews', 'get')).toEqual(['200', '400', '503']);
  });
});
