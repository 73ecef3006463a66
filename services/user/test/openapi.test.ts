import { describe, expect, it } from 'vitest';
import { api, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);

describe('the OpenAPI document', () => {
  it('describes every route of the user service, with responses for each', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    const doc = res.json();
    expect(doc.info.title).toBe('Emporium user service');
    const auth = ['customer', 'seller', 'admin'].flatMap((type) =>
      ['signup', 'login', 'otp/request', 'otp/verify', 'refresh', 'logout'].map(
        (p) => `${api}/${type}/auth/${p}`,
      ),
    );
    expect(Object.keys(doc.paths).sort()).toEqual(
      [
        ...auth,
        `${api}/.well-known/jwks.json`,
        `${api}/me`,
        `${api}/me/addresses`,
        `${api}/me/addresses/{addressId}`,
        `${api}/me/wishlist`,
        `${api}/me/wishlist/{productId}`,
        `${api}/admin/users`,
        `${api}/admin/signing-keys/rotate`,
        `${api}/dev/outbox`,
        '/health',
        '/health/live',
      ].sort(),
    );
    expect(Object.keys(doc.paths[`${api}/customer/auth/otp/request`].post.responses).sort()).toEqual([
      '202',
      '400',
      '429',
      '503',
    ]);
    expect(doc.paths[`${api}/me/addresses/{addressId}`].patch.security).toEqual([{ bearer: [] }]);
    for (const [path, methods] of Object.entries(
      doc.paths as Record<string, Record<string, { summary?: string; tags?: string[] }>>,
    )) {
      if (path.startsWith('/health')) continue;
      for (const [method, op] of Object.entries(methods)) {
        expect(op.summary, `${method} ${path}`).toBeTruthy();
        expect(op.tags?.length, `${method} ${path}`).toBeGreaterThan(0);
      }
    }
  });
});
