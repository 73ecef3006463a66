import { devUsers } from '@emporium/dev-data';
import { describe, expect, it } from 'vitest';
import { activityTestService, businessEvent } from './helpers.ts';

const svc = activityTestService(import.meta.url);

describe('business events from services', () => {
  it('needs a service key: 401 without one, 403 with an unknown key or one of a service not allowed', async () => {
    const body = { events: [businessEvent()] };
    expect(await svc.request('POST', '/internal/events', { body })).toMatchObject({
      status: 401,
      body: { code: 'SERVICE_KEY_REQUIRED' },
    });
    expect(
      await svc.request('POST', '/internal/events', {
        body,
        headers: { 'x-service-key': 'not-a-key-of-anyone-at-all' },
      }),
    ).toMatchObject({ status: 403, body: { code: 'SERVICE_KEY_INVALID' } });
    // product is a real, trusted service, but it does not send events.
    expect((await svc.request('POST', '/internal/events', { body, service: 'product' })).status).toBe(403);
    // A user token is not a service key.
    expect((await svc.request('POST', '/internal/events', { body, as: 'admin' })).status).toBe(401);
  });

  it('accepts events from every emitting service and records the source the key proves', async () => {
    for (const service of ['user', 'cart', 'order', 'reviews', 'support'] as const) {
      const res = await svc.request('POST', '/internal/events', {
        service,
        body: {
          events: [
            businessEvent({
              type: `${service}.tested`,
              subject: `${service}-subject`,
              data: { claimedSource: 'cart' },
            }),
          ],
        },
      });
      expect(res, service).toMatchObject({ status: 202, body: { accepted: 1, rejected: [] } });
    }
    const audit = await svc.request('GET', '/admin/audit?type=support.tested', { as: 'admin' });
    expect(audit.body.items).toEqual([
      {
        id: expect.stringMatching(/^[a-f0-9]{24}$/),
        source: 'support',
        type: 'support.tested',
        subject: 'support-subject',
        userId: devUsers.customer.id,
        at: expect.any(String),
        receivedAt: expect.any(String),
        data: { claimedSource: 'cart' },
      },
    ]);
  });

  it('rejects bad events one by one, so one bad event does not cost its batch', async () => {
    const events = [
      businessEvent({ subject: 'kept-1' }),
      businessEvent({ type: 'OrderPlaced' }),
      businessEvent({ type: 'order' }),
      businessEvent({ subject: '' }),
      businessEvent({ at: 'now' }),
      businessEvent({ data: { blob: 'x'.repeat(5000) } }),
      businessEvent({ data: Object.fromEntries(Array.from({ length: 33 }, (_, i) => [`k${i}`, i])) }),
      businessEvent({ extra: true }),
      { subject: 'no-type', at: new Date().toISOString() },
      businessEvent({
        subject: 'kept-2',
        userId: undefined,
        data: { lines: [{ productId: 'p-1', quantity: 2 }], total: { amount: 129900, currency: 'INR' } },
      }),
    ];
    const res = await svc.request('POST', '/internal/events', { service: 'order', body: { events } });
    expect(res.status).toBe(202);
    expect(res.body.accepted).toBe(2);
    expect(res.body.rejected.map((r: { index: number; reason: string }) => [r.index, r.reason])).toEqual([
      [1, 'INVALID_EVENT'],
      [2, 'INVALID_EVENT'],
      [3, 'INVALID_EVENT'],
      [4, 'INVALID_EVENT'],
      [5, 'TOO_LARGE'],
      [6, 'INVALID_EVENT'],
      [7, 'INVALID_EVENT'],
      [8, 'INVALID_EVENT'],
    ]);
    const kept = await svc.request('GET', '/admin/audit?subject=kept-2', { as: 'admin' });
    expect(kept.body.items[0]).toMatchObject({
      userId: null,
      data: { total: { amount: 129900, currency: 'INR' } },
    });
  });

  it('bounds the batch at 100 events', async () => {
    const hundred = Array.from({ length: 100 }, (_, i) =>
      businessEvent({ subject: `bulk-${i}`, type: 'cart.bulk_tested' }),
    );
    expect(
      (await svc.request('POST', '/internal/events', { service: 'cart', body: { events: hundred } })).body,
    ).toEqual({
      accepted: 100,
      rejected: [],
    });
    const over = [...hundred, businessEvent()];
    expect(
      (await svc.request('POST', '/internal/events', { service: 'cart', body: { events: over } })).status,
    ).toBe(400);
    expect(
      (await svc.request('POST', '/internal/events', { service: 'cart', body: { events: [] } })).status,
    ).toBe(400);
  });
});

describe('the audit log', () => {
  it('is for admins only', async () => {
    expect((await svc.request('GET', '/admin/audit')).status).toBe(401);
    expect((await svc.request('GET', '/admin/audit', { as: 'customer' })).status).toBe(403);
    expect((await svc.request('GET', '/admin/audit', { as: 'seller' })).status).toBe(403);
    // Admin rights come from a token, not from a service key.
    expect((await svc.request('GET', '/admin/audit', { service: 'order' })).status).toBe(401);
  });

  it('pages newest first through events of a type, and filters by subject and source', async () => {
    const events = Array.from({ length: 7 }, (_, i) =>
      businessEvent({ type: 'ticket.paged', subject: `t-${i}` }),
    );
    for (const event of events)
      await svc.request('POST', '/internal/events', { service: 'support', body: { events: [event] } });
    const seen: string[] = [];
    let cursor: string | null = null;
    for (let page = 0; page < 10; page++) {
      const res = await svc.request(
        'GET',
        `/admin/audit?type=ticket.paged&limit=3${cursor ? `&cursor=${cursor}` : ''}`,
        { as: 'admin' },
      );
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((e: { subject: string }) => e.subject));
      cursor = res.body.nextCursor;
      if (!cursor) break;
    }
    expect(seen).toEqual(['t-6', 't-5', 't-4', 't-3', 't-2', 't-1', 't-0']);
    expect((await svc.request('GET', '/admin/audit?subject=t-3', { as: 'admin' })).body.items).toHaveLength(
      1,
    );
    const fromSupport = await svc.request('GET', '/admin/audit?source=support&limit=100', { as: 'admin' });
    expect(fromSupport.body.items.every((e: { source: string }) => e.source === 'support')).toBe(true);
    expect(fromSupport.body.items.length).toBeGreaterThanOrEqual(7);
  });

  it('rejects bad filters', async () => {
    for (const query of [
      'type=Bad',
      'limit=0',
      'limit=101',
      'cursor=xyz',
      'source=Cart',
      'q=1',
      'subject[$ne]=x',
    ]) {
      expect((await svc.request('GET', `/admin/audit?${query}`, { as: 'admin' })).status, query).toBe(400);
    }
  });
});
