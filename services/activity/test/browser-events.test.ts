import { devUsers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { activityTestService, pageView } from './helpers.ts';

const svc = activityTestService(import.meta.url);
const minutes = (n: number) => new Date(Date.now() + n * 60_000).toISOString();

const stored = (filter: Record<string, unknown>) =>
  svc.db.client.db(svc.db.name).collection('browser_events').find(filter).toArray();

describe('browser events', () => {
  it('accepts a batch from a guest and keeps who sent it', async () => {
    const res = await svc.request('POST', '/events', {
      headers: { 'x-guest-id': 'guest-abc-123', 'x-device-info': 'Mozilla/5.0 (Android 14) Emporium/1.2' },
      body: {
        events: [
          pageView({
            path: '/products?category=books',
            props: { category: 'books', count: 24, filtered: true },
          }),
          pageView({ type: 'search', props: { q: 'kurta' } }),
          pageView({
            type: 'add_to_cart',
            domain: 'cart',
            path: '/cart',
            props: { productId: 'p-1', quantity: 2 },
          }),
        ],
      },
    });
    expect(res).toMatchObject({ status: 202, body: { accepted: 3, rejected: [] } });
    const docs = await stored({ guestId: 'guest-abc-123' });
    expect(docs).toHaveLength(3);
    expect(docs[0]).toMatchObject({
      type: 'page_view',
      domain: 'products',
      path: '/products?category=books',
      props: { category: 'books', count: 24, filtered: true },
      deviceInfo: 'Mozilla/5.0 (Android 14) Emporium/1.2',
      userId: null,
      at: expect.any(Date),
      receivedAt: expect.any(Date),
    });
  });

  it('records the signed-in user when a valid token comes with the batch', async () => {
    const headers = {
      ...(await svc.tokens().headers({ id: devUsers.customer.id, type: 'customer' })),
      'x-guest-id': 'guest-signed-in-1',
    };
    const res = await svc.request('POST', '/events', {
      headers,
      body: { events: [pageView({ domain: 'account', path: '/account' })] },
    });
    expect(res.status).toBe(202);
    expect((await stored({ guestId: 'guest-signed-in-1' }))[0]).toMatchObject({
      userId: devUsers.customer.id,
    });
  });

  it('refuses a batch with a token that does not verify, rather than counting it as a guest', async () => {
    const expired = await svc.tokens().headers({ id: 'u', type: 'customer', expiresInSeconds: -5 });
    expect(
      await svc.request('POST', '/events', { headers: expired, body: { events: [pageView()] } }),
    ).toMatchObject({
      status: 401,
      body: { code: 'TOKEN_EXPIRED' },
    });
    expect(
      (
        await svc.request('POST', '/events', {
          headers: { authorization: 'Bearer a.b.c' },
          body: { events: [pageView()] },
        })
      ).status,
    ).toBe(401);
  });

  it('rejects bad events one by one with their index and reason, keeping the good ones', async () => {
    const events = [
      pageView({ path: '/kept-1' }),
      pageView({ type: 'purchase' }),
      pageView({ domain: 'admin' }),
      pageView({ path: 'no-leading-slash' }),
      pageView({ path: `/${'p'.repeat(512)}` }),
      pageView({ at: 'yesterday' }),
      pageView({ at: minutes(-24 * 60 - 1) }),
      pageView({ at: minutes(6) }),
      pageView({ props: { nested: { deep: true } } }),
      pageView({ props: Object.fromEntries(Array.from({ length: 17 }, (_, i) => [`k${i}`, i])) }),
      pageView({ props: { 'bad key': 1 } }),
      pageView({ props: { long: 'x'.repeat(257) } }),
      pageView({ extra: 'field' }),
      { type: 'page_view' },
      pageView({ path: '/kept-2', at: minutes(4) }),
      pageView({ path: '/kept-3', at: minutes(-23 * 60) }),
    ];
    const res = await svc.request('POST', '/events', {
      headers: { 'x-guest-id': 'guest-mixed-01' },
      body: { events },
    });
    expect(res.status).toBe(202);
    expect(res.body.accepted).toBe(3);
    const reasons = Object.fromEntries(
      res.body.rejected.map((r: { index: number; reason: string }) => [r.index, r.reason]),
    );
    expect(reasons).toEqual({
      1: 'INVALID_EVENT',
      2: 'INVALID_EVENT',
      3: 'INVALID_EVENT',
      4: 'INVALID_EVENT',
      5: 'INVALID_EVENT',
      6: 'TOO_OLD',
      7: 'IN_FUTURE',
      8: 'INVALID_EVENT',
      9: 'INVALID_EVENT',
      10: 'INVALID_EVENT',
      11: 'INVALID_EVENT',
      12: 'INVALID_EVENT',
      13: 'INVALID_EVENT',
    });
    expect(res.body.rejected.find((r: { index: number }) => r.index === 1).message).toContain('/type');
    const kept = (await stored({ guestId: 'guest-mixed-01' })).map((d) => d.path).sort();
    expect(kept).toEqual(['/kept-1', '/kept-2', '/kept-3']);
  });

  it('bounds the batch: 1 to 50 events, a small body, an array of objects', async () => {
    const fifty = Array.from({ length: 50 }, (_, i) => pageView({ path: `/p/${i}` }));
    expect((await svc.request('POST', '/events', { body: { events: fifty } })).body).toEqual({
      accepted: 50,
      rejected: [],
    });
    const cases: [unknown, number, string][] = [
      [{ events: [...fifty, pageView()] }, 400, 'VALIDATION_FAILED'],
      [{ events: [] }, 400, 'VALIDATION_FAILED'],
      [{}, 400, 'VALIDATION_FAILED'],
      [{ events: pageView() }, 400, 'VALIDATION_FAILED'],
      [{ events: ['page_view'] }, 400, 'VALIDATION_FAILED'],
      [{ events: [pageView()], source: 'x' }, 400, 'VALIDATION_FAILED'],
      [{ events: [pageView({ props: { $where: 1 } })] }, 400, 'OPERATOR_NOT_ALLOWED'],
      [
        { events: Array.from({ length: 40 }, () => pageView({ props: { a: 'x'.repeat(2000) } })) },
        413,
        'PAYLOAD_TOO_LARGE',
      ],
    ];
    for (const [body, status, code] of cases) {
      const res = await svc.request('POST', '/events', { body });
      expect(res, JSON.stringify(body).slice(0, 60)).toMatchObject({ status, body: { code } });
    }
  });

  it('refuses malformed x-guest-id and x-device-info headers', async () => {
    const body = { events: [pageView()] };
    expect((await svc.request('POST', '/events', { body, headers: { 'x-guest-id': 'short' } })).status).toBe(
      400,
    );
    expect(
      (await svc.request('POST', '/events', { body, headers: { 'x-device-info': 'x'.repeat(600) } })).status,
    ).toBe(400);
  });
});
