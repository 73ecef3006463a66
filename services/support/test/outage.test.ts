import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { devUsers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { createService, loadConfig } from '@emporium/service-kit';
import { testServiceKeys, testTokens } from '@emporium/service-kit/testing';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportService } from '../src/app.ts';
import { supportConfigSchema } from '../src/config.ts';
import { api, unreachableUrl } from './helpers.ts';

// Support with neither neighbour running: content and activity ports refuse connections.
const db = useTestDatabase(import.meta.url);
let app: FastifyInstance;
let customer: { authorization: string };

beforeAll(async () => {
  const tokens = await testTokens();
  customer = await tokens.headers({
    id: devUsers.customer.id,
    type: 'customer',
    name: devUsers.customer.name,
  });
  const config = loadConfig(supportConfigSchema, {
    MONGODB_URI: db.uri,
    MONGODB_DATABASE: db.name,
    LOG_LEVEL: 'silent',
    SERVICE_KEY: testServiceKeys().key('support'),
    CONTENT_SERVICE_URL: await unreachableUrl(),
    ACTIVITY_SERVICE_URL: await unreachableUrl(),
  });
  app = await createService(supportService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
  await app.ready();
  await app.mongo.whenSetUp();
});
afterAll(async () => {
  await app?.close();
});

describe('support with content and activity down', () => {
  it('opens, answers and closes tickets without waiting for the activity service', async () => {
    const t0 = performance.now();
    const opened = await app.inject({
      method: 'POST',
      url: `${api}/tickets`,
      headers: customer,
      payload: { subject: 'Wrong size delivered', category: 'return', message: 'I ordered M and got XL.' },
    });
    expect(opened.statusCode).toBe(201);
    const id = opened.json().id;
    const closed = await app.inject({ method: 'POST', url: `${api}/tickets/${id}/close`, headers: customer });
    expect(closed.statusCode).toBe(200);
    // Events are queued, not awaited: the requests took database time only.
    expect(performance.now() - t0).toBeLessThan(1000);
    await app.events.flush();
    expect(app.events.dropped).toBe(0);
  });

  it('answers help searches with 503 DEPENDENCY_UNAVAILABLE naming content', async () => {
    const res = await app.inject({ method: 'GET', url: `${api}/help/search?q=return` });
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
  let slow: FastifyInstance;
  const slowDb = useTestDatabase(import.meta.url);

  beforeAll(async () => {
    hanging = createServer(() => {});
    await new Promise<void>((resolve) => hanging.listen(0, '127.0.0.1', resolve));
    const { port } = hanging.address() as AddressInfo;
    const tokens = await testTokens();
    customer = await tokens.headers({
      id: devUsers.customer.id,
      type: 'customer',
      name: devUsers.customer.name,
    });
    const config = loadConfig(supportConfigSchema, {
      MONGODB_URI: slowDb.uri,
      MONGODB_DATABASE: slowDb.name,
      LOG_LEVEL: 'silent',
      SERVICE_KEY: testServiceKeys().key('support'),
      CONTENT_SERVICE_URL: await unreachableUrl(),
      ACTIVITY_SERVICE_URL: `http://127.0.0.1:${port}`,
      SERVICE_CALL_TIMEOUT_MS: '5000',
    });
    slow = await createService(supportService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await slow.ready();
    await slow.mongo.whenSetUp();
  });
  afterAll(async () => {
    await slow?.close();
    hanging?.closeAllConnections();
    await new Promise((resolve) => hanging?.close(resolve));
  });

  it('opens and answers tickets at database speed while the event batch hangs', async () => {
    const t0 = performance.now();
    for (let i = 0; i < 3; i++) {
      const opened = await slow.inject({
        method: 'POST',
        url: `${api}/tickets`,
        headers: customer,
        payload: { subject: `Slow activity ${i}`, category: 'other', message: 'Is anyone there?' },
      });
      expect(opened.statusCode).toBe(201);
      const replied = await slow.inject({
        method: 'POST',
        url: `${api}/tickets/${opened.json().id}/replies`,
        headers: customer,
        payload: { body: 'Still waiting.' },
      });
      expect(replied.statusCode).toBe(201);
    }
    // Each event send waits up to 5 s for the hanging service; the six requests together took far less.
    expect(performance.now() - t0).toBeLessThan(2000);
  });
});
