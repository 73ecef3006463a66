import { describe, expect, it } from 'vitest';
import { api, orderHarness, orderRequest, users } from './support/harness.ts';

const h = orderHarness(import.meta.url);
const { call, place } = h;

async function placeFor(userId: string) {
  const res = await place(orderRequest({ userId }));
  expect(res.status).toBe(201);
  return res.body as { id: string; number: string; createdAt: string };
}

/** Follows nextCursor to the end. */
async function allPages(url: string, as: object, limit: number) {
  const ids: string[] = [];
  let cursor: string | null = null;
  do {
    const sep = url.includes('?') ? '&' : '?';
    const res = await call('GET', `${url}${sep}limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, {
      as: as as typeof users.asha,
    });
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(limit);
    ids.push(...res.body.items.map((o: { id: string }) => o.id));
    cursor = res.body.nextCursor;
  } while (cursor);
  return ids;
}

describe("a customer's orders", () => {
  it('lists only your own orders, newest first, in keyset pages without repeats or gaps', async () => {
    const mine = [];
    for (let i = 0; i < 7; i++) mine.push(await placeFor(users.asha.id));
    await placeFor(users.ravi.id);
    const ids = await allPages('/orders', users.asha, 3);
    expect(ids).toEqual(mine.map((o) => o.id).reverse());

    const { body } = await call('GET', '/orders?limit=1', { as: users.asha });
    expect(body.items[0]).toEqual({
      id: mine[6]?.id,
      number: mine[6]?.number,
      status: 'placed',
      total: { amount: 299800, currency: 'INR' },
      itemCount: 2,
      lines: [{ productId: 'boat-rockerz-450', name: 'Product boat-rockerz-450', image: null, quantity: 2 }],
      createdAt: mine[6]?.createdAt,
    });
  });

  it('refuses a cursor that is garbage or belongs to another list', async () => {
    const garbage = await call('GET', '/orders?cursor=not-a-cursor', { as: users.asha });
    expect(garbage).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
    await placeFor(users.ravi.id);
    await placeFor(users.ravi.id);
    const ravis = await call('GET', '/orders?limit=1', { as: users.ravi });
    const stolen = await call('GET', `/orders?cursor=${ravis.body.nextCursor}`, { as: users.asha });
    expect(stolen).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
    const forged = Buffer.from(
      JSON.stringify({ s: `user:${users.asha.id}`, t: { $gt: '' }, id: 'x' }),
    ).toString('base64url');
    expect((await call('GET', `/orders?cursor=${forged}`, { as: users.asha })).status).toBe(400);
  });

  it('shows one of your orders with its timeline; someone else’s is not found', async () => {
    const order = await placeFor(users.asha.id);
    const mine = await call('GET', `/orders/${order.id}`, { as: users.asha });
    expect(mine.status).toBe(200);
    expect(mine.body).toMatchObject({ id: order.id, status: 'placed', timeline: [{ status: 'placed' }] });
    expect(await call('GET', `/orders/${order.id}`, { as: users.ravi })).toMatchObject({
      status: 404,
      body: { code: 'ORDER_NOT_FOUND' },
    });
    expect((await call('GET', '/orders/no-such-order', { as: users.asha })).status).toBe(404);
    expect((await call('GET', '/orders/bad%20id!', { as: users.asha })).status).toBe(400);
  });

  it('is for customers: 401 without a token, 403 for sellers and admins', async () => {
    const order = await placeFor(users.asha.id);
    for (const url of ['/orders', `/orders/${order.id}`]) {
      expect(await call('GET', url)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
      expect(await call('GET', url, { as: users.seller })).toMatchObject({
        status: 403,
        body: { code: 'FORBIDDEN' },
      });
      expect((await call('GET', url, { as: users.admin })).status).toBe(403);
    }
    const expired = await call('GET', '/orders', { as: { ...users.asha, expiresInSeconds: -60 } });
    expect(expired).toMatchObject({ status: 401, body: { code: 'TOKEN_EXPIRED' } });
    const forged = await call('GET', '/orders', { headers: { authorization: 'Bearer a.b.c' } });
    expect(forged).toMatchObject({ status: 401, body: { code: 'INVALID_TOKEN' } });
  });

  it.each([
    ['limit 0', '/orders?limit=0'],
    ['limit 51', '/orders?limit=51'],
    ['a non-numeric limit', '/orders?limit=all'],
    ['an unknown parameter', '/orders?status=placed'],
    ['an operator', '/orders?cursor[$ne]=x'],
  ])('rejects %s with 400', async (_name, url) => {
    expect((await call('GET', url, { as: users.asha })).status).toBe(400);
  });
});

describe('admin orders', () => {
  it('lists everyone’s orders newest first, optionally of one status, in pages', async () => {
    const a = await placeFor(users.asha.id);
    const b = await placeFor(users.ravi.id);
    expect((await call('POST', `/admin/orders/${a.id}/pack`, { as: users.admin })).status).toBe(200);
    const all = await allPages('/admin/orders', users.admin, 4);
    expect(all.indexOf(b.id)).toBeLessThan(all.indexOf(a.id));
    expect(all.length).toBe(await h.orders().countDocuments());
    const packed = await allPages('/admin/orders?status=packed', users.admin, 2);
    expect(packed).toEqual(
      (await h.orders().find({ status: 'packed' }).sort({ createdAt: -1, _id: -1 }).toArray()).map(
        (o) => o._id,
      ),
    );
    expect(packed).toContain(a.id);
    const page = await call('GET', '/admin/orders?status=placed&limit=1', { as: users.admin });
    const crossed = await call('GET', `/admin/orders?status=packed&cursor=${page.body.nextCursor}`, {
      as: users.admin,
    });
    expect(crossed).toMatchObject({ status: 400, body: { code: 'INVALID_CURSOR' } });
    expect((await call('GET', '/admin/orders?status=lost', { as: users.admin })).status).toBe(400);
  });

  it('shows any order and packs placed ones only', async () => {
    const order = await placeFor(users.ravi.id);
    expect((await call('GET', `/admin/orders/${order.id}`, { as: users.admin })).body.id).toBe(order.id);
    expect((await call('GET', '/admin/orders/missing', { as: users.admin })).status).toBe(404);
    const packed = await call('POST', `/admin/orders/${order.id}/pack`, { as: users.admin });
    expect(packed.body).toMatchObject({ status: 'packed', cancellable: true });
    expect(packed.body.timeline.map((t: { status: string }) => t.status)).toEqual(['placed', 'packed']);
    expect(await call('POST', `/admin/orders/${order.id}/pack`, { as: users.admin })).toMatchObject({
      status: 409,
      body: { code: 'ORDER_NOT_PACKABLE' },
    });
    expect((await call('POST', '/admin/orders/missing/pack', { as: users.admin })).status).toBe(404);
    expect((await call('GET', '/admin/orders/not%20an%20id', { as: users.admin })).status).toBe(400);
    expect((await call('POST', '/admin/orders/not%20an%20id/pack', { as: users.admin })).status).toBe(400);
  });

  it('is for admins only', async () => {
    const order = await placeFor(users.asha.id);
    for (const [method, url] of [
      ['GET', '/admin/orders'],
      ['GET', `/admin/orders/${order.id}`],
      ['POST', `/admin/orders/${order.id}/pack`],
    ] as const) {
      expect((await call(method, url)).status).toBe(401);
      expect((await call(method, url, { as: users.asha })).status).toBe(403);
      expect((await call(method, url, { as: users.seller })).status).toBe(403);
    }
  });
});

describe('the OpenAPI document', () => {
  it('describes every route', async () => {
    const res = await h
      .order()
      .app()
      .inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(Object.keys(res.json().paths).sort()).toEqual(
      [
        `${api}/orders`,
        `${api}/orders/{orderId}`,
        `${api}/orders/{orderId}/cancel`,
        `${api}/admin/orders`,
        `${api}/admin/orders/{orderId}`,
        `${api}/admin/orders/{orderId}/pack`,
        `${api}/internal/orders`,
        `${api}/internal/orders/{orderId}/events`,
        `${api}/internal/purchases`,
        '/health',
        '/health/live',
      ].sort(),
    );
  });
});
