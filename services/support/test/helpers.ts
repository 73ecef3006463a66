import { devUsers } from '@emporium/dev-data';
import { freePort } from '@emporium/embedded-db';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { createService, loadConfig } from '@emporium/service-kit';
import {
  injectJson,
  startTestService,
  type TestService,
  type TestTokens,
  testServiceKeys,
  testTokens,
} from '@emporium/service-kit/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
// The real neighbours, started in-process on free ports: support calls them over HTTP as in production.
import { activityService } from '../../activity/src/app.ts';
import { contentService } from '../../content/src/app.ts';
import { loadSeedContent } from '../../content/src/seed/load.ts';
import { readSeedContent } from '../../content/src/seed/seed-file.ts';
import { supportService } from '../src/app.ts';
import { supportConfigSchema } from '../src/config.ts';

export const api = '/support-service/api/v1';

type Who = 'admin' | 'customer' | 'seller' | 'otherCustomer';

export const otherCustomer = {
  id: '0b0e5a1c-7c1e-4f8e-9a51-3f2d6c1a0199',
  type: 'customer' as const,
  name: 'Ravi Kumar',
};

/**
 * A support service on this test file's own database, with a real content service (seeded) and a real
 * activity service behind it, each on its own database. `stopContent` takes content down mid-test.
 */
export function supportTestService(testFileUrl: string) {
  const db = useTestDatabase(testFileUrl);
  const contentDb = useTestDatabase(testFileUrl);
  const activityDb = useTestDatabase(testFileUrl);
  const keys = testServiceKeys();
  let app: FastifyInstance | undefined;
  let content: TestService | undefined;
  let activity: TestService | undefined;
  let tokens: TestTokens | undefined;
  const auth = new Map<Who, { authorization: string }>();

  beforeAll(async () => {
    tokens = await testTokens();
    for (const who of ['admin', 'customer', 'seller'] as const) {
      const user = devUsers[who];
      auth.set(who, await tokens.headers({ id: user.id, type: user.type, name: user.name }));
    }
    auth.set('otherCustomer', await tokens.headers(otherCustomer));

    await loadSeedContent(contentDb.client.db(contentDb.name), await readSeedContent());
    content = await startTestService(contentService, {
      env: {
        MONGODB_URI: contentDb.uri,
        MONGODB_DATABASE: contentDb.name,
        TRUSTED_SERVICE_KEYS: keys.trusted('support'),
      },
      tokenKeys: tokens.keys,
    });
    activity = await startTestService(activityService, {
      env: {
        MONGODB_URI: activityDb.uri,
        MONGODB_DATABASE: activityDb.name,
        TRUSTED_SERVICE_KEYS: keys.trusted('support'),
      },
      tokenKeys: tokens.keys,
    });
    const config = loadConfig(supportConfigSchema, {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      // The outage tests provoke 503s on purpose; the kit logs those at error level.
      LOG_LEVEL: 'fatal',
      SERVICE_KEY: keys.key('support'),
      CONTENT_SERVICE_URL: content.url,
      ACTIVITY_SERVICE_URL: activity.url,
      SERVICE_CALL_TIMEOUT_MS: '1000',
    });
    app = await createService(supportService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
    await app.ready();
    await app.mongo.whenSetUp();
  });
  afterAll(async () => {
    await app?.close();
    await content?.close();
    await activity?.close();
  });

  const ready = <T>(value: T | undefined, what: string): T => {
    if (value === undefined) throw new Error(`${what} not ready`);
    return value;
  };

  return {
    db,
    app: () => ready(app, 'app'),
    tokens: () => ready(tokens, 'tokens'),
    as: (who: Who) => ready(auth.get(who), `${who} token`),
    /** Takes the content service down; its port then refuses connections. */
    stopContent: async () => {
      await ready(content, 'content').close();
    },
    /** Business events the activity service has recorded from support, newest first. */
    recordedEvents: async (query: string) => {
      await ready(app, 'app').events.flush();
      const res = await fetch(
        `${ready(activity, 'activity').url}/activity-service/api/v1/admin/audit?${query}`,
        {
          headers: ready(auth.get('admin'), 'admin token'),
        },
      );
      return (
        (await res.json()) as {
          items: {
            type: string;
            subject: string;
            userId: string;
            source: string;
            data: Record<string, unknown>;
          }[];
        }
      ).items;
    },
    request: (
      method: InjectOptions['method'],
      path: string,
      options: { as?: Who; body?: unknown; headers?: Record<string, string> } = {},
    ) => {
      return injectJson(ready(app, 'app'), method, `${api}${path}`, {
        body: options.body,
        headers: { ...(options.as ? ready(auth.get(options.as), 'token') : {}), ...options.headers },
      });
    },
  };
}

/** A support service whose neighbours are not running at all: their ports refuse connections. */
export async function unreachableUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
