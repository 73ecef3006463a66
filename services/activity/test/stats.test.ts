import { describe, expect, it } from 'vitest';
import { activityTestService, api, businessEvent, pageView, today } from './helpers.ts';

const svc = activityTestService(import.meta.url);

type Group = { total: number; types: { type: string; count: number }[] };
const countOf = (group: Group | undefined, type: string) =>
  group?.types.find((t) => t.type === type)?.count ?? 0;

async function stats(query = '') {
  const res = await svc.request('GET', `/stats${query}`, { as: 'admin' });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as {
    from: string;
    to: string;
    domains: (Group & { domain: string })[];
    services: (Group & { service: string })[];
  };
}

describe('stats', () => {
  it('is for admins only', async () => {
    expect((await svc.request('GET', '/stats')).status).toBe(401);
    expect((await svc.request('GET', '/stats', { as: 'customer' })).status).toBe(403);
    expect((await svc.request('GET', '/stats', { as: 'seller' })).status).toBe(403);
  });

  it('counts ingested events per domain and type, and business events per service', async () => {
    expect(await stats()).toMatchObject({ domains: [], services: [] });
    await svc.request('POST', '/events', {
      body: {
        events: [
          pageView(),
          pageView(),
          pageView({ type: 'product_view', path: '/products/p-1' }),
          pageView({ domain: 'cart', type: 'checkout_started', path: '/cart' }),
          pageView({ domain: 'cart', type: 'nonsense' }),
        ],
      },
    });
    await svc.request('POST', '/internal/events', {
      service: 'order',
      body: { events: [businessEvent(), businessEvent(), businessEvent({ type: 'order.cancelled' })] },
    });
    await svc.request('POST', '/internal/events', {
      service: 'support',
      body: { events: [businessEvent({ type: 'ticket.opened' })] },
    });

    const body = await stats();
    expect(body.to).toBe(today());
    const products = body.domains.find((d) => d.domain === 'products');
    expect(products).toEqual({
      domain: 'products',
      total: 3,
      types: [
        { type: 'page_view', count: 2 },
        { type: 'product_view', count: 1 },
      ],
    });
    expect(
      countOf(
        body.domains.find((d) => d.domain === 'cart'),
        'checkout_started',
      ),
    ).toBe(1);
    // Domains come in registry order.
    expect(body.domains.map((d) => d.domain)).toEqual(['products', 'cart']);
    const order = body.services.find((s) => s.service === 'order');
    expect(order).toMatchObject({ total: 3 });
    expect(countOf(order, 'order.placed')).toBe(2);
    expect(
      countOf(
        body.services.find((s) => s.service === 'support'),
        'ticket.opened',
      ),
    ).toBe(1);
  });

  it('counts exactly under concurrent batches (the counter upserts race)', async () => {
    const before = countOf(
      (await stats()).domains.find((d) => d.domain === 'support'),
      'click',
    );
    await Promise.all(
      Array.from({ length: 12 }, () =>
        svc.request('POST', '/events', {
          body: {
            events: Array.from({ length: 5 }, () =>
              pageView({ domain: 'support', type: 'click', path: '/support' }),
            ),
          },
        }),
      ),
    );
    expect(
      countOf(
        (await stats()).domains.find((d) => d.domain === 'support'),
        'click',
      ),
    ).toBe(before + 60);
  });

  it('counts exactly with two instances of the service on one database', async () => {
    const second = await svc.replica();
    try {
      const before = countOf(
        (await stats()).domains.find((d) => d.domain === 'orders'),
        'click',
      );
      const batch = {
        events: Array.from({ length: 5 }, () =>
          pageView({ domain: 'orders', type: 'click', path: '/orders' }),
        ),
      };
      await Promise.all(
        Array.from({ length: 10 }, async (_, i) => {
          if (i % 2 === 0) return svc.request('POST', '/events', { body: batch });
          const res = await second.inject({ method: 'POST', url: `${api}/events`, payload: batch });
          expect(res.statusCode).toBe(202);
        }),
      );
      expect(
        countOf(
          (await stats()).domains.find((d) => d.domain === 'orders'),
          'click',
        ),
      ).toBe(before + 50);
    } finally {
      await second.close();
    }
  });

  it('counts an event on the day it happened, and sums a range of days', async () => {
    // 23 hours ago: yesterday for most of the day, so the range below usually spans two days.
    const yesterday = new Date(Date.now() - 23 * 3_600_000);
    const day = yesterday.toISOString().slice(0, 10);
    await svc.request('POST', '/events', {
      body: { events: [pageView({ domain: 'auth', path: '/auth', at: yesterday.toISOString() })] },
    });
    const onlyThatDay = await stats(`?from=${day}&to=${day}`);
    expect(
      countOf(
        onlyThatDay.domains.find((d) => d.domain === 'auth'),
        'page_view',
      ),
    ).toBe(1);
    const range = await stats(`?from=${day}&to=${today()}`);
    expect(
      countOf(
        range.domains.find((d) => d.domain === 'auth'),
        'page_view',
      ),
    ).toBe(1);
    const longAgo = await stats('?from=2020-01-01&to=2020-03-30');
    expect(longAgo).toEqual({ from: '2020-01-01', to: '2020-03-30', domains: [], services: [] });
  });

  it('refuses ranges that are backwards, longer than 90 days or not dates', async () => {
    expect(await svc.request('GET', '/stats?from=2024-02-10&to=2024-02-01', { as: 'admin' })).toMatchObject({
      status: 400,
      body: { code: 'INVALID_RANGE' },
    });
    expect(await svc.request('GET', '/stats?from=2024-01-01&to=2024-03-31', { as: 'admin' })).toMatchObject({
      status: 400,
      body: { code: 'RANGE_TOO_LONG' },
    });
    expect((await stats('?from=2024-01-01&to=2024-03-30')).from).toBe('2024-01-01');
    for (const query of ['from=yesterday', 'to=2024-13-01', 'from=2024-02-30', 'days=7']) {
      expect((await svc.request('GET', `/stats?${query}`, { as: 'admin' })).status, query).toBe(400);
    }
  });
});
