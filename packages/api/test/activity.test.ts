import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { configureApi, flushEvents, track } from '../src/index.ts';
import { sendJson, startServer, type TestServer } from './server.ts';

let server: TestServer;

// What a browser page has: a document whose visibility changes. Set before the first track().
const page = new EventTarget() as EventTarget & { visibilityState: string };
page.visibilityState = 'visible';

beforeAll(async () => {
  server = await startServer();
  Object.defineProperty(globalThis, 'document', { value: page, configurable: true });
});
afterAll(async () => {
  Reflect.deleteProperty(globalThis, 'document');
  await server.close();
});
beforeEach(async () => {
  await flushEvents();
  server.received.length = 0;
  configureApi({ apiOrigin: server.origin });
  server.answer((_req, res) => sendJson(res, 202, { accepted: 1, rejected: [] }));
});
afterEach(() => {
  vi.useRealTimers();
});

/** Until `count` requests have arrived whole (the tracker does not tell when it sends on its own). */
async function received(count: number): Promise<void> {
  await vi.waitUntil(() => server.received.filter((r) => r.body !== '').length >= count, { timeout: 2_000 });
}

const events = (i: number) =>
  (JSON.parse(server.received[i]?.body ?? '{}') as { events: { type: string; props?: object }[] }).events;

describe('the activity tracker', () => {
  it('sends nothing at once, then one batch 5 s after the first event', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    track({ type: 'page_view', domain: 'host', path: '/' });
    track({ type: 'search', domain: 'products', path: '/products?q=tea', props: { q: 'tea', results: 12 } });
    await vi.advanceTimersByTimeAsync(4_900);
    expect(server.received).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(100);
    vi.useRealTimers();
    await received(1);
    expect(server.received[0]).toMatchObject({ method: 'POST', url: '/activity-service/api/v1/events' });
    expect(server.received[0]?.headers['x-guest-id']).toBeTruthy();
    const [view, search] = events(0);
    expect(view).toMatchObject({ type: 'page_view', domain: 'host', path: '/' });
    expect(Date.parse((view as unknown as { at: string }).at)).toBeGreaterThan(Date.now() - 60_000);
    expect(search).toMatchObject({ type: 'search', props: { q: 'tea', results: 12 } });
  });

  it('sends at once when 20 events are waiting', async () => {
    for (let i = 0; i < 20; i++) track({ type: 'click', domain: 'products', path: `/products/p-${i}` });
    await received(1);
    expect(events(0)).toHaveLength(20);
  });

  it('sends what is waiting when the page is hidden, as a keepalive request', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch');
    configureApi({ apiOrigin: server.origin });
    try {
      track({ type: 'add_to_cart', domain: 'products', path: '/products/p-1', props: { productId: 'p-1' } });
      page.visibilityState = 'hidden';
      page.dispatchEvent(new Event('visibilitychange'));
      await received(1);
      const request = fetchSpy.mock.calls[0]?.[0] as Request;
      expect(request.keepalive).toBe(true);
      expect(events(0)).toMatchObject([{ type: 'add_to_cart', props: { productId: 'p-1' } }]);
    } finally {
      page.visibilityState = 'visible';
      fetchSpy.mockRestore();
    }
  });

  it('drops a batch the service refuses, without throwing, and goes on with the next', async () => {
    server.answer((_req, res) => sendJson(res, 500, { code: 'INTERNAL', message: 'boom' }));
    track({ type: 'page_view', domain: 'host', path: '/cart' });
    await expect(flushEvents()).resolves.toBeUndefined();
    expect(server.received).toHaveLength(1);
    server.answer((_req, res) => sendJson(res, 202, { accepted: 1, rejected: [] }));
    track({ type: 'page_view', domain: 'host', path: '/orders' });
    await flushEvents();
    // The refused batch is not sent again.
    expect(server.received).toHaveLength(2);
  });
});
