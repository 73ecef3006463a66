import { useTestDatabase } from '@emporium/embedded-db/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  baseConfigSchema,
  ConfigError,
  createService,
  loadConfig,
  parseTrustedKeys,
  ServiceCallError,
  serviceClient,
} from '../src/index.ts';
import { testServiceKeys } from '../src/testing/index.ts';
import { guardedService } from './fixtures/guarded-service.ts';
import { type RecordingServer, recordingServer } from './support/recording-server.ts';

const db = useTestDatabase(import.meta.url);
const keys = testServiceKeys();
let product: RecordingServer;
let activity: RecordingServer;
let app: FastifyInstance;

beforeAll(async () => {
  product = await recordingServer();
  activity = await recordingServer();
  const config = loadConfig(baseConfigSchema('cart'), {
    MONGODB_URI: db.uri,
    MONGODB_DATABASE: db.name,
    LOG_LEVEL: 'silent',
    SERVICE_KEY: keys.key('cart'),
    TRUSTED_SERVICE_KEYS: keys.trusted('order', 'reviews'),
    PRODUCT_SERVICE_URL: product.url,
    ACTIVITY_SERVICE_URL: activity.url,
    SERVICE_CALL_TIMEOUT_MS: '300',
  });
  app = await createService(guardedService, { config });
  await app.ready();
});
afterAll(async () => {
  await app.close();
  await product.close();
  await activity.close();
});

const ping = (key?: string) =>
  app.inject({
    method: 'POST',
    url: '/cart-service/api/v1/internal/ping',
    headers: key ? { 'x-service-key': key } : {},
  });

describe('service keys on internal routes', () => {
  it('lets an allowed caller in and names it', async () => {
    const res = await ping(keys.key('order'));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ caller: 'order' });
  });

  it('answers 401 without a key, 403 for an unknown key or a trusted caller the route does not accept', async () => {
    expect((await ping()).json().code).toBe('SERVICE_KEY_REQUIRED');
    expect((await ping()).statusCode).toBe(401);
    for (const key of ['not-a-key-of-anyone-here', keys.key('reviews'), `${keys.key('order')}x`]) {
      const res = await ping(key);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('SERVICE_KEY_INVALID');
    }
  });

  it('refuses a malformed TRUSTED_SERVICE_KEYS at start-up', () => {
    expect(() => parseTrustedKeys('order=short')).toThrow(ConfigError);
    expect(() => parseTrustedKeys(`nobody=${keys.key('order')}`)).toThrow(/unknown service "nobody"/);
    expect(parseTrustedKeys('').size).toBe(0);
  });
});

describe('calls to other services', () => {
  const client = () =>
    serviceClient({
      caller: 'cart',
      service: 'product',
      baseUrl: product.url,
      serviceKey: keys.key('cart'),
      timeoutMs: 300,
    });

  it("sends the caller's key and the request's id, guest id and device info", async () => {
    product.respond(() => ({ status: 200, body: { pong: true } }));
    product.requests.length = 0;
    const res = await app.inject({
      method: 'GET',
      url: '/cart-service/api/v1/product-ping',
      headers: { 'x-guest-id': 'guest-12345678', 'x-device-info': 'test-browser' },
    });
    expect(res.json()).toEqual({ pong: true });
    const sent = product.requests[0];
    expect(sent?.url).toBe('/product-service/api/v1/ping');
    expect(sent?.headers['x-service-key']).toBe(keys.key('cart'));
    expect(sent?.headers['x-request-id']).toBe(res.headers['x-request-id']);
    expect(sent?.headers['x-guest-id']).toBe('guest-12345678');
    expect(sent?.headers['x-device-info']).toBe('test-browser');
  });

  it('turns a 4xx answer into a ServiceCallError with its code, without retrying', async () => {
    product.respond(() => ({ status: 409, body: { code: 'OUT_OF_STOCK', message: 'only 1 left' } }));
    product.requests.length = 0;
    const error = await client()
      .get('/products/p1')
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ServiceCallError);
    expect(error).toMatchObject({ status: 409, code: 'OUT_OF_STOCK', service: 'product' });
    expect(product.requests).toHaveLength(1);
  });

  it('retries calls that are safe to repeat, and only those', async () => {
    product.respond(() => ({ status: 503 }));
    product.requests.length = 0;
    await expect(client().get('/x')).rejects.toMatchObject({
      statusCode: 503,
      code: 'DEPENDENCY_UNAVAILABLE',
    });
    expect(product.requests).toHaveLength(3);

    product.requests.length = 0;
    await expect(client().post('/x', { a: 1 })).rejects.toBeInstanceOf(ApiError);
    expect(product.requests).toHaveLength(1);

    product.requests.length = 0;
    let calls = 0;
    product.respond(() => (++calls < 2 ? { status: 503 } : { status: 201, body: { id: 'o1' } }));
    await expect(client().post('/x', { a: 1 }, { idempotencyKey: 'key-123456' })).resolves.toEqual({
      id: 'o1',
    });
    expect(product.requests.map((r) => r.headers['idempotency-key'])).toEqual(['key-123456', 'key-123456']);
  });

  it('gives up after the timeout and on a refused connection with a 503 naming the service', async () => {
    product.respond(() => ({ status: 200, body: {}, delayMs: 1000 }));
    const slow = (await client()
      .get('/slow', { retries: 0 })
      .catch((e: unknown) => e)) as ApiError;
    expect(slow).toMatchObject({ statusCode: 503, code: 'DEPENDENCY_UNAVAILABLE' });
    expect(slow.details?.[0]).toMatchObject({ path: '/product', message: 'timed out' });

    const down = serviceClient({
      caller: 'cart',
      service: 'order',
      baseUrl: 'http://127.0.0.1:9',
      serviceKey: '',
      timeoutMs: 300,
    });
    await expect(down.get('/orders')).rejects.toMatchObject({
      statusCode: 503,
      message: expect.stringContaining('order'),
    });
  });

  it('refuses to build a client for a call the registry does not declare', async () => {
    const { createServiceClient } = await import('../src/index.ts');
    expect(() => createServiceClient(app, 'support')).toThrow(/does not declare a call to support/);
  });
});

describe('business events', () => {
  it('queues events without waiting for the activity service and delivers them in a batch with the key', async () => {
    activity.requests.length = 0;
    activity.respond(() => ({ status: 202, body: { accepted: 2 } }));
    for (let i = 0; i < 2; i++) {
      const res = await app.inject({ method: 'POST', url: '/cart-service/api/v1/emit' });
      expect(res.statusCode).toBe(202);
    }
    await app.events.flush();
    expect(activity.requests).toHaveLength(1);
    const sent = activity.requests[0];
    expect(sent?.url).toBe('/activity-service/api/v1/internal/events');
    expect(sent?.headers['x-service-key']).toBe(keys.key('cart'));
    expect((sent?.body as { events?: unknown[] } | undefined)?.events).toEqual([
      expect.objectContaining({ type: 'cart.tested', at: expect.any(String) }),
      expect.objectContaining({ type: 'cart.tested' }),
    ]);
  });

  it('keeps events while activity is down and delivers them once it is back', async () => {
    activity.requests.length = 0;
    activity.respond(() => ({ status: 503 }));
    const res = await app.inject({ method: 'POST', url: '/cart-service/api/v1/emit' });
    expect(res.statusCode).toBe(202);
    await app.events.flush();
    expect(activity.requests).toHaveLength(1);

    activity.respond(() => ({ status: 202, body: {} }));
    await app.events.flush();
    expect(activity.requests).toHaveLength(2);
    expect((activity.requests[1]?.body as { events?: unknown[] } | undefined)?.events).toHaveLength(1);
    await app.events.flush();
    expect(activity.requests).toHaveLength(2);
  });
});

describe('the bounded event queue', () => {
  it('drops the oldest events when activity stays down, and counts them', async () => {
    const { eventSink } = await import('../src/index.ts');
    const down = serviceClient({
      caller: 'cart',
      service: 'activity',
      baseUrl: 'http://127.0.0.1:9',
      serviceKey: '',
      timeoutMs: 100,
    });
    const sink = eventSink(app, { client: down, maxQueue: 5, batchSize: 100, intervalMs: 60_000 });
    for (let i = 0; i < 8; i++) sink.emit({ type: 'cart.tested', subject: `s${i}` });
    expect(sink.dropped).toBe(3);
    await sink.close();
  });
});
