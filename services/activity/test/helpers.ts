import { devUsers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import type { ServiceName } from '@emporium/registry';
import { createService, loadConfig } from '@emporium/service-kit';
import {
  injectJson,
  type TestServiceKeys,
  type TestTokens,
  testServiceKeys,
  testTokens,
} from '@emporium/service-kit/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { activityService } from '../src/app.ts';
import { activityConfigSchema } from '../src/config.ts';

export const api = '/activity-service/api/v1';

type Who = 'admin' | 'customer' | 'seller';

/**
 * An activity service on this test file's own database. It trusts the keys of every service that emits
 * events, and of product too (a real service that is not allowed to send events).
 */
export function activityTestService(testFileUrl: string) {
  const db = useTestDatabase(testFileUrl);
  const keys: TestServiceKeys = testServiceKeys();
  let app: FastifyInstance | undefined;
  let tokens: TestTokens | undefined;
  const auth = new Map<Who, { authorization: string }>();

  beforeAll(async () => {
    tokens = await testTokens();
    for (const who of ['admin', 'customer', 'seller'] as const) {
      const user = devUsers[who];
      auth.set(who, await tokens.headers({ id: user.id, type: user.type, name: user.name }));
    }
    const config = loadConfig(activityConfigSchema, {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'warn',
      TRUSTED_SERVICE_KEYS: keys.trusted('user', 'cart', 'order', 'reviews', 'support', 'product'),
    });
    app = await createService(activityService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await app.ready();
    await app.mongo.whenSetUp();
  });
  afterAll(async () => {
    await app?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not ready`);
    return value;
  };

  return {
    db,
    keys,
    app: () => ready(app, 'app'),
    tokens: () => ready(tokens, 'tokens'),
    /** Injects a request under the API prefix, signed in as a dev user or sent by a service. */
    request: (
      method: InjectOptions['method'],
      path: string,
      options: { as?: Who; service?: ServiceName; body?: unknown; headers?: Record<string, string> } = {},
    ) => {
      return injectJson(ready(app, 'app'), method, `${api}${path}`, {
        body: options.body,
        headers: {
          ...(options.as ? ready(auth.get(options.as), 'token') : {}),
          ...(options.service ? { 'x-service-key': keys.key(options.service) } : {}),
          ...options.headers,
        },
      });
    },
  };
}

/** A valid browser event happening now. */
export function pageView(overrides: Record<string, unknown> = {}) {
  return {
    type: 'page_view',
    domain: 'products',
    path: '/products',
    at: new Date().toISOString(),
    ...overrides,
  };
}

/** A valid business event happening now. */
export function businessEvent(overrides: Record<string, unknown> = {}) {
  return {
    type: 'order.placed',
    subject: 'ord-1',
    userId: devUsers.customer.id,
    at: new Date().toISOString(),
    data: {},
    ...overrides,
  };
}

export const today = () => new Date().toISOString().slice(0, 10);
