/**
 * The kit's test helpers: the stand-in answers and records like a neighbour service would, and the
 * service under test runs on its own real database with the test's tokens.
 */
import { describe, expect, it } from 'vitest';
import { claimsCaller, startStandIn, useTestService } from '../src/testing/index.ts';
import { guardedService } from './fixtures/guarded-service.ts';

describe('stand-in', () => {
  it('checks the service key like the real service, and records only the calls it accepts', async () => {
    const standIn = await startStandIn({
      serviceKey: () => 'right-key',
      prefix: '/order-service/api/v1',
      routes: {
        'POST /internal/orders/:id/events': ({ body }) => ({ status: 201, body: { got: body } }),
      },
    });
    try {
      const post = (headers: Record<string, string>) =>
        fetch(`${standIn.url}/order-service/api/v1/internal/orders/o-1/events?via=feed`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body: JSON.stringify({ status: 'shipped' }),
        });
      const none = await post({});
      expect(none.status).toBe(401);
      expect(await none.json()).toMatchObject({ code: 'SERVICE_KEY_REQUIRED' });
      const wrong = await post({ 'x-service-key': 'wrong-key' });
      expect(wrong.status).toBe(403);
      expect(await wrong.json()).toMatchObject({ code: 'SERVICE_KEY_INVALID' });
      expect(standIn.calls).toHaveLength(0);

      const right = await post({ 'x-service-key': 'right-key' });
      expect(right.status).toBe(201);
      expect(await right.json()).toEqual({ got: { status: 'shipped' } });
      expect(standIn.calls).toHaveLength(1);
      expect(standIn.calls[0]).toMatchObject({
        method: 'POST',
        path: '/internal/orders/o-1/events',
        body: { status: 'shipped' },
      });
      expect(standIn.calls[0]?.query.get('via')).toBe('feed');

      const unknown = await fetch(`${standIn.url}/order-service/api/v1/nowhere`, {
        headers: { 'x-service-key': 'right-key' },
      });
      expect(unknown.status).toBe(404);
      expect(await unknown.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });
    } finally {
      await standIn.close();
    }
  });

  it('misbehaves when told to, and goes down and comes back on the same port', async () => {
    const standIn = await startStandIn({ routes: () => ({ body: { ok: true } }) });
    try {
      standIn.trouble('/quotes', { kind: 'status', status: 503 });
      expect((await fetch(`${standIn.url}/quotes`)).status).toBe(503);
      expect((await fetch(`${standIn.url}/other`)).status).toBe(200);
      standIn.trouble('/quotes', { kind: 'drop' });
      await expect(fetch(`${standIn.url}/quotes`)).rejects.toThrow();
      standIn.fix();
      expect(await (await fetch(`${standIn.url}/quotes`)).json()).toEqual({ ok: true });
      expect(standIn.calls.map((c) => c.path)).toEqual(['/quotes', '/other', '/quotes', '/quotes']);

      const url = standIn.url;
      await standIn.stop();
      await expect(fetch(`${url}/quotes`)).rejects.toThrow();
      await standIn.start();
      expect(standIn.url).toBe(url);
      expect((await fetch(`${url}/quotes`)).status).toBe(200);
    } finally {
      await standIn.close();
    }
  });
});

describe('service under test', () => {
  const svc = useTestService(import.meta.url, guardedService, {
    seed: (db) => db.collection('seeded').insertOne({ _id: 'x' } as never),
  });
  const call = claimsCaller(svc.app, '/cart-service/api/v1', svc.tokens);

  it('runs on its own seeded database and verifies the test tokens', async () => {
    expect(svc.app().serviceConfig.MONGODB_DATABASE).toBe(svc.db.name);
    expect(await svc.data().collection('seeded').countDocuments()).toBe(1);
    const me = await call('GET', '/me', { as: { id: 'u-1', type: 'customer' } });
    expect(me.status).toBe(200);
    expect(me.body.user).toMatchObject({ id: 'u-1', type: 'customer' });
    expect((await call('GET', '/me')).status).toBe(401);
  });
});
