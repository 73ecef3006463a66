import { createServer } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, configureApi, guestIdKey, guestIdPattern, postJson, productsApi } from '../src/index.ts';
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

const serviceError = (statusCode: number, code: string, message: string, extra: object = {}) => ({
  statusCode,
  code,
  error: 'Error',
  message,
  requestId: 'req-123',
  ...extra,
});

/** A port nothing listens on: bind one, note it, close it. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

async function failure(promise: Promise<unknown>): Promise<ApiError> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ApiError);
  return error as ApiError;
}

describe('requests', () => {
  it('call the product service under its registry prefix with only the parameters that are set', async () => {
    server.answer((_req, res) => sendJson(res, 200, { items: [], total: 0, nextCursor: null }));
    const list = await productsApi.listProducts({ q: 'tea', category: '', minPrice: 10000, inStock: true });
    expect(list).toEqual({ items: [], total: 0, nextCursor: null });
    expect(server.received[0]?.url).toBe(
      '/product-service/api/v1/products?q=tea&minPrice=10000&inStock=true',
    );
  });

  it('carry a stable x-guest-id and a printable x-device-info on every request', async () => {
    server.answer((_req, res) => sendJson(res, 200, { items: [] }));
    await productsApi.listCategories();
    await productsApi.listCategories();
    const [first, second] = server.received;
    const id = first?.headers['x-guest-id'];
    expect(id).toMatch(guestIdPattern);
    expect(second?.headers['x-guest-id']).toBe(id);
    const device = String(first?.headers['x-device-info']);
    expect(device).toMatch(/^[\x20-\x7e]{1,512}$/);
    expect(device.startsWith('web; ')).toBe(true);
  });

  it('keep the guest id in localStorage, so it survives a reload', async () => {
    const store = new Map<string, string>([[guestIdKey, 'kept-guest_1234']]);
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    // What a browser has: window.localStorage.
    Object.defineProperty(globalThis, 'window', { value: { localStorage: storage }, configurable: true });
    try {
      server.answer((_req, res) => sendJson(res, 200, { items: [] }));
      await productsApi.listCategories();
      expect(server.received[0]?.headers['x-guest-id']).toBe('kept-guest_1234');
    } finally {
      Reflect.deleteProperty(globalThis, 'window');
    }
  });
});

describe('errors', () => {
  it('turn the services JSON error into an ApiError with status, code, message, requestId and details', async () => {
    server.answer((_req, res) =>
      sendJson(
        res,
        404,
        serviceError(404, 'PRODUCT_NOT_FOUND', 'No product "p-nope"', { details: [{ path: '/id' }] }),
      ),
    );
    const error = await failure(productsApi.getProduct('p-nope'));
    expect(error).toMatchObject({
      status: 404,
      code: 'PRODUCT_NOT_FOUND',
      message: 'No product "p-nope"',
      requestId: 'req-123',
      details: [{ path: '/id' }],
    });
    expect(server.received).toHaveLength(1);
  });

  it('give a non-JSON error a code from its status', async () => {
    server.answer((_req, res) => {
      res.writeHead(500, { 'content-type': 'text/html', 'x-request-id': 'edge-9' });
      res.end('<h1>Internal Server Error</h1>');
    });
    const error = await failure(productsApi.listCategories());
    expect(error).toMatchObject({ status: 500, code: 'HTTP_500', requestId: 'edge-9' });
  });

  it('report a request that takes longer than the timeout as TIMEOUT', async () => {
    configureApi({ apiOrigin: server.origin, timeoutMs: 200 });
    server.answer(() => {
      // Never answers.
    });
    const error = await failure(productsApi.listCategories());
    expect(error).toMatchObject({ status: 0, code: 'TIMEOUT' });
    // Timeouts are not retried: the shopper already waited.
    expect(server.received).toHaveLength(1);
  });

  it('report an unreachable server as NETWORK_ERROR', async () => {
    configureApi({ apiOrigin: `http://127.0.0.1:${await closedPort()}` });
    const error = await failure(productsApi.listCategories());
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });
  });
});

describe('retries', () => {
  it('retry a GET answered 503 and succeed when the service is back', async () => {
    server.answer((_req, res, attempt) =>
      attempt < 3
        ? sendJson(res, 503, serviceError(503, 'SERVICE_UNAVAILABLE', 'down'))
        : sendJson(res, 200, { items: [] }),
    );
    await expect(productsApi.listCategories()).resolves.toEqual([]);
    expect(server.received.map((r) => r.method)).toEqual(['GET', 'GET', 'GET']);
  });

  it('give up after two retries with the last error', async () => {
    server.answer((_req, res) => sendJson(res, 503, serviceError(503, 'SERVICE_UNAVAILABLE', 'down')));
    const error = await failure(productsApi.listCategories());
    expect(error).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
    expect(server.received).toHaveLength(3);
  });

  it('wait as long as Retry-After asks', async () => {
    server.answer((_req, res, attempt) =>
      attempt === 1
        ? sendJson(res, 503, serviceError(503, 'SERVICE_UNAVAILABLE', 'down'), { 'retry-after': '1' })
        : sendJson(res, 200, { items: [] }),
    );
    await productsApi.listCategories();
    const [first, second] = server.received;
    expect((second?.at ?? 0) - (first?.at ?? 0)).toBeGreaterThanOrEqual(950);
  });

  it('never retry a POST', async () => {
    server.answer((_req, res) => sendJson(res, 503, serviceError(503, 'SERVICE_UNAVAILABLE', 'down')));
    const error = await failure(postJson('/product-service/api/v1/products/batch', { ids: ['p-1'] }));
    expect(error.status).toBe(503);
    expect(server.received.map((r) => r.method)).toEqual(['POST']);
  });
});
