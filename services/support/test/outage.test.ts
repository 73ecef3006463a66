import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { devUsers } from '@emporium/dev-data';
import {
  testServiceKeys,
  useSignedInUsers,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportService } from '../src/app.ts';
import { supportConfigSchema } from '../src/config.ts';
import { api, unreachableUrl } from './helpers.ts';

/** A support service on its own database, calling its neighbours where `neighbours()` says (in beforeAll). */
function supportWith(neighbours: () => Promise<Record<string, string>>) {
  const tokens = useTestTokens();
  const as = useSignedInUsers(tokens, { customer: devUsers.customer });
  let settings: Record<string, string> = {};
  beforeAll(async () => {
    settings = await neighbours();
  });
  const svc = useTestService(import.meta.url, supportService, {
    schema: supportConfigSchema,
    tokens,
    env: () => ({ LOG_LEVEL: 'silent', SERVICE_KEY: testServiceKeys().key('support'), ...settings }),
  });
  return { app: svc.app, customer: () => as('customer') };
}

// Support with neither neighbour running: content and activity ports refuse connections.
const down = supportWith(async () => ({
  CONTENT_SERVICE_URL: await unreachableUrl(),
  ACTIVITY_SERVICE_URL: await unreachableUrl(),
}));

describe('support with content and activity down', () => {
  it('opens, answers and closes tickets without waiting for the activity service', async () => {
    const t0 = performance.now();
    const opened = await down.app().inject({
      method: 'POST',
      url: `${api}/tickets`,
      headers: down.customer(),
      payload: { subject: 'Wrong size delivered', category: 'return', message: 'I ordered M and got XL.' },
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().id;
    const closed = await down
      .app()
      .inject({ method: 'POST', url: `${api}/tickets/${id}/close`, headers: down.customer() });
    expect(closed.statusCode).toBe(200);
    // Events are queued, not awaited: the requests took database time only.
    expect(performance.now() - t0).toBeLessThan(1000);
    await down.app().events.flush();
    expect(down.app().events.dropped).toBe(0);
  });

  it('answers help searches with 503 DEPENDENCY_UNAVAILABLE naming content', async () => {
    const res = await down.app().inject({ method: 'GET', url: `${api}/help/search?q=return` });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      code: 'DEPENDENCY_UNAVAILABLE',
      details: [{ in: 'dependency', path: '/content' }],
    });
  });
});

describe('support with a slow activity service', () => {
  // Accepts every connection and never answers: the worst kind of slow.
  let hanging: Server;
  beforeAll(async () => {
    hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
  });
  // Registered before the service's hooks, so it runs after the service has closed.
  afterAll(async () => {
    hanging?.closeAllConnections();
    await new Promise((resolve) => hanging?.close(resolve));
  });
  const slowSupport = supportWith(async () => ({
    CONTENT_SERVICE_URL: await unreachableUrl(),
    ACTIVITY_SERVICE_URL: `http://127.0.0.1:${(hanging.address() as AddressInfo).port}`,
    SERVICE_CALL_TIMEOUT_MS: '5000',
  }));

  it('opens and answers tickets at database speed while the event batch hangs', async () => {
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) {
      const opened = await slowSupport.app().inject({
        method: 'POST',
        url: `${api}/tickets`,
        headers: slowSupport.customer(),
        payload: { subject: `Slow activity ${i}`, category: 'other', message: 'Is anyone there?' },
      });
      expect(opened.statusCode).toBe(201);
      const replied = await slowSupport.app().inject({
        method: 'POST',
        url: `${api}/tickets/${opened.json().id}/replies`,
        headers: slowSupport.customer(),
        payload: { body: 'Still waiting.' },
      });
      expect(replied.statusCode).toBe(201);
    }
    // Each event send waits up to 5 s for the hanging service; the six requests together took far less.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
