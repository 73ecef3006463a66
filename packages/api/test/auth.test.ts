import type { IncomingMessage, ServerResponse } from 'node:http';
import { shopStore } from '@emporium/store';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { sessionHintKey } from '../src/access-token.ts';
import { resetRestore } from '../src/auth/refresh.ts';
import { endSession } from '../src/auth/session.ts';
import { ApiError, configureApi, getJson, restoreSession, userApi } from '../src/index.ts';
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
  endSession();
  resetRestore();
  shopStore.getState().clearLoginRequired();
  configureApi({ apiOrigin: server.origin, userType: 'customer' });
});

const user = { id: 'u-1', type: 'customer', name: 'Asha Rao', email: 'asha@example.com', phone: null };
const session = (token: string) => ({ accessToken: token, tokenType: 'Bearer', expiresIn: 900, user });
const unauthorized = (code: string) => ({
  statusCode: 401,
  code,
  error: 'Unauthorized',
  message: code,
  requestId: 'req-1',
});

const auth = '/user-service/api/v1/customer/auth';
const ordersPath = '/order-service/api/v1/orders';

interface Platform {
  /** The token the protected route accepts. */
  valid: string;
  /** What POST /refresh answers: a new token, or a refusal. */
  refresh: { token: string } | { refuse: true };
  refreshDelayMs?: number;
}

/** A tiny user + order + cart service: sign-in gives t1, refresh gives `refresh`, orders need `valid`. */
function platform(setup: Platform) {
  server.answer((req: IncomingMessage, res: ServerResponse) => {
    const url = req.url ?? '';
    if (url === `${auth}/login`)
      return sendJson(res, 200, session('t1'), { 'set-cookie': 'emporium_refresh=r' });
    if (url === `${auth}/refresh`) {
      const answer = () =>
        'token' in setup.refresh
          ? sendJson(res, 200, session(setup.refresh.token))
          : sendJson(res, 401, unauthorized('REFRESH_TOKEN_INVALID'));
      setTimeout(answer, setup.refreshDelayMs ?? 0);
      return;
    }
    if (url === `${auth}/logout`) {
      res.writeHead(204);
      return res.end();
    }
    if (url === '/cart-service/api/v1/cart/merge') return sendJson(res, 200, { itemCount: 4 });
    if (url.startsWith(ordersPath)) {
      return req.headers.authorization === `Bearer ${setup.valid}`
        ? sendJson(res, 200, { items: [], nextCursor: null })
        : sendJson(res, 401, unauthorized(req.headers.authorization ? 'TOKEN_EXPIRED' : 'UNAUTHENTICATED'));
    }
    sendJson(res, 404, { statusCode: 404, code: 'NOT_FOUND', error: 'Not Found', message: url });
  });
}

const requestsTo = (path: string) => server.received.filter((r) => r.url.startsWith(path));

async function signIn() {
  await userApi.login({ email: user.email, password: 'correct horse' });
  server.received.length = 0;
}

describe('signing in', () => {
  it('keeps the token for later requests, sets the session and merges the guest cart', async () => {
    platform({ valid: 't1', refresh: { token: 't2' } });
    await userApi.login({ email: user.email, password: 'correct horse' });
    expect(shopStore.getState().session).toEqual({ user, type: 'customer' });
    const [login, merge] = server.received;
    // No stale token on a sign-in call; the merge carries the new token and the guest id.
    expect(login?.headers.authorization).toBeUndefined();
    expect(merge?.url).toBe('/cart-service/api/v1/cart/merge');
    expect(merge?.headers.authorization).toBe('Bearer t1');
    expect(merge?.headers['x-guest-id']).toBe(login?.headers['x-guest-id']);
    expect(shopStore.getState().cartCount).toBe(4);

    await getJson(ordersPath);
    expect(requestsTo(ordersPath)[0]?.headers.authorization).toBe('Bearer t1');
  });

  it('sends no token once signed out, even if the server did not answer the logout', async () => {
    platform({ valid: 't1', refresh: { token: 't2' } });
    await signIn();
    server.answer((_req, res) => sendJson(res, 503, { code: 'SERVICE_UNAVAILABLE', message: 'down' }));
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await userApi.logout();
    expect(warn).toHaveBeenCalledOnce();
    warn.mockRestore();
    expect(shopStore.getState().session).toBeNull();
    platform({ valid: 't1', refresh: { token: 't2' } });
    await expect(getJson(ordersPath)).rejects.toMatchObject({ status: 401, code: 'UNAUTHENTICATED' });
    expect(requestsTo(ordersPath)[0]?.headers.authorization).toBeUndefined();
    expect(requestsTo(`${auth}/refresh`)).toHaveLength(0);
  });
});

describe('an expired access token', () => {
  it('is refreshed once for five concurrent calls, and every call is retried and succeeds', async () => {
    platform({ valid: 't2', refresh: { token: 't2' }, refreshDelayMs: 50 });
    await signIn();
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => getJson<{ items: unknown[] }>(`${ordersPath}?n=${i}`)),
    );
    expect(results).toEqual(Array.from({ length: 5 }, () => ({ items: [], nextCursor: null })));
    const refreshes = requestsTo(`${auth}/refresh`);
    expect(refreshes).toHaveLength(1);
    // The refresh request carries the cookie, never the (expired) access token.
    expect(refreshes[0]?.method).toBe('POST');
    expect(refreshes[0]?.headers.authorization).toBeUndefined();
    const orders = requestsTo(ordersPath);
    expect(orders).toHaveLength(10);
    expect(orders.filter((r) => r.headers.authorization === 'Bearer t1')).toHaveLength(5);
    expect(orders.filter((r) => r.headers.authorization === 'Bearer t2')).toHaveLength(5);
    expect(shopStore.getState().session?.user.id).toBe('u-1');
    expect(shopStore.getState().loginRequired).toBeNull();
  });

  it('ends the session and asks the shell for login when the refresh is refused', async () => {
    platform({ valid: 't2', refresh: { refuse: true } });
    await signIn();
    const outcomes = await Promise.allSettled([getJson(ordersPath), getJson(ordersPath)]);
    for (const outcome of outcomes) {
      expect(outcome.status).toBe('rejected');
      const reason = (outcome as PromiseRejectedResult).reason as ApiError;
      expect(reason).toBeInstanceOf(ApiError);
      expect(reason).toMatchObject({ status: 401, code: 'TOKEN_EXPIRED' });
    }
    expect(requestsTo(`${auth}/refresh`)).toHaveLength(1);
    expect(shopStore.getState().session).toBeNull();
    expect(shopStore.getState().loginRequired).toMatchObject({ reason: 'session_expired' });
    // Nothing is retried without a token.
    expect(requestsTo(ordersPath)).toHaveLength(2);
  });

  it('does not bring a session back when the shopper signs out while a refresh is in flight', async () => {
    platform({ valid: 't2', refresh: { token: 't2' }, refreshDelayMs: 100 });
    await signIn();
    const call = getJson(ordersPath);
    await vi.waitFor(() => expect(requestsTo(`${auth}/refresh`)).toHaveLength(1));
    await userApi.logout();
    await expect(call).rejects.toMatchObject({ status: 401 });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(shopStore.getState().session).toBeNull();
    expect(shopStore.getState().loginRequired).toBeNull();
  });

  it('is retried once only: a second 401 with the new token is final', async () => {
    platform({ valid: 'never', refresh: { token: 't2' } });
    await signIn();
    await expect(getJson(ordersPath)).rejects.toMatchObject({ status: 401 });
    expect(requestsTo(`${auth}/refresh`)).toHaveLength(1);
    expect(requestsTo(ordersPath).map((r) => r.headers.authorization)).toEqual(['Bearer t1', 'Bearer t2']);
  });

  it('does not trigger a refresh for a 401 that is about something else', async () => {
    platform({ valid: 't1', refresh: { token: 't2' } });
    await signIn();
    server.answer((_req, res) => sendJson(res, 401, unauthorized('INVALID_CREDENTIALS')));
    await expect(getJson(ordersPath)).rejects.toMatchObject({ status: 401, code: 'INVALID_CREDENTIALS' });
    expect(requestsTo(`${auth}/refresh`)).toHaveLength(0);
  });

  it('leaves the session alone when the refresh fails for lack of a server', async () => {
    platform({ valid: 't2', refresh: { token: 't2' } });
    await signIn();
    server.answer((req, res) =>
      req.url === `${auth}/refresh`
        ? sendJson(res, 503, { code: 'SERVICE_UNAVAILABLE', message: 'down' })
        : sendJson(res, 401, unauthorized('TOKEN_EXPIRED')),
    );
    await expect(getJson(ordersPath)).rejects.toMatchObject({ status: 401 });
    expect(shopStore.getState().session).not.toBeNull();
    expect(shopStore.getState().loginRequired).toBeNull();
  });
});

describe('a page load', () => {
  const withStorage = async (entries: [string, string][], run: () => Promise<void>) => {
    const store = new Map(entries);
    const localStorage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
      removeItem: (key: string) => void store.delete(key),
    };
    Object.defineProperty(globalThis, 'window', { value: { localStorage }, configurable: true });
    try {
      await run();
    } finally {
      Reflect.deleteProperty(globalThis, 'window');
    }
  };

  it('restores the session silently from the refresh cookie', async () => {
    platform({ valid: 't2', refresh: { token: 't2' } });
    await withStorage([[sessionHintKey, 'customer']], async () => {
      await expect(restoreSession()).resolves.toBe(true);
    });
    expect(shopStore.getState()).toMatchObject({ session: { user }, sessionResolved: true });
    await getJson(ordersPath);
    expect(requestsTo(ordersPath)[0]?.headers.authorization).toBe('Bearer t2');
  });

  it('lets a request sent before the restore finished wait for it and retry with the token', async () => {
    platform({ valid: 't2', refresh: { token: 't2' }, refreshDelayMs: 50 });
    await withStorage([[sessionHintKey, 'customer']], async () => {
      const restored = restoreSession();
      await expect(getJson(ordersPath)).resolves.toEqual({ items: [], nextCursor: null });
      await restored;
    });
    expect(requestsTo(ordersPath).map((r) => r.headers.authorization)).toEqual([undefined, 'Bearer t2']);
  });

  it('does not try to refresh for a visitor who never signed in, and asks nobody to log in', async () => {
    platform({ valid: 't2', refresh: { refuse: true } });
    await withStorage([], async () => {
      await expect(restoreSession()).resolves.toBe(false);
    });
    expect(server.received).toHaveLength(0);
    expect(shopStore.getState()).toMatchObject({ session: null, sessionResolved: true, loginRequired: null });
  });

  it('forgets a session the server no longer knows, without asking for login', async () => {
    platform({ valid: 't2', refresh: { refuse: true } });
    await withStorage([[sessionHintKey, 'customer']], async () => {
      await expect(restoreSession()).resolves.toBe(false);
      expect(globalThis.window.localStorage.getItem(sessionHintKey)).toBeNull();
    });
    expect(shopStore.getState().loginRequired).toBeNull();
  });
});
