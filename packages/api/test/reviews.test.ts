import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, configureApi, type Review, reviewsApi } from '../src/index.ts';
import { sendJson, startServer, type TestServer } from './server.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => {
  server.received.length = 0;
  configureApi({ apiOrigin: server.origin });
});

const review = (id: string, productId: string): Review => ({
  id,
  productId,
  userId: 'u-1',
  authorName: 'Asha',
  rating: 4,
  title: 'Good',
  body: 'Works well',
  verifiedPurchase: false,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});

describe('the reviews client', () => {
  it("reads a product's reviews under the reviews prefix with only the parameters that are set", async () => {
    server.answer((_req, res) => sendJson(res, 200, { items: [], nextCursor: null }));
    await reviewsApi.listForProduct('steel-bottle', { limit: 5, cursor: 'abc' });
    await reviewsApi.summary('steel-bottle', { fresh: true });
    expect(server.received.map((r) => r.url)).toEqual([
      '/reviews-service/api/v1/products/steel-bottle/reviews?limit=5&cursor=abc',
      '/reviews-service/api/v1/products/steel-bottle/summary',
    ]);
  });

  it('posts a review as JSON and turns a second one into REVIEW_EXISTS', async () => {
    server.answer((_req, res) =>
      sendJson(res, 409, {
        statusCode: 409,
        code: 'REVIEW_EXISTS',
        error: 'Conflict',
        message: 'You have already reviewed this product; edit that review instead',
        requestId: 'req-9',
      }),
    );
    const error = await reviewsApi.create('steel-bottle', { rating: 5, title: 'Great', body: 'Really' }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).code).toBe('REVIEW_EXISTS');
    expect(server.received[0]?.method).toBe('POST');
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({ rating: 5, title: 'Great', body: 'Really' });
  });

  it("finds the customer's review of a product by paging through their reviews", async () => {
    server.answer((req, res) => {
      if (req.url?.includes('cursor=page-2'))
        sendJson(res, 200, { items: [review('r-2', 'lamp')], nextCursor: null });
      else sendJson(res, 200, { items: [review('r-1', 'mug')], nextCursor: 'page-2' });
    });
    expect((await reviewsApi.findMine('lamp'))?.id).toBe('r-2');
    expect(server.received.map((r) => r.url)).toEqual([
      '/reviews-service/api/v1/me/reviews?limit=50',
      '/reviews-service/api/v1/me/reviews?limit=50&cursor=page-2',
    ]);
    expect(await reviewsApi.findMine('sofa')).toBeNull();
  });
});
