import { devUsers } from '@emporium/dev-data';
import { freePort } from '@emporium/embedded-db';
import {
  apiCaller,
  testServiceKeys,
  useSignedInUsers,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
// The real neighbours, started in-process on free ports: support calls them over HTTP as in production.
import { activityService } from '../../activity/src/app.ts';
import { contentService } from '../../content/src/app.ts';
import { loadSeedContent } from '../../content/src/seed/load.ts';
import { readSeedContent } from '../../content/src/seed/seed-file.ts';
import { supportService } from '../src/app.ts';
import { supportConfigSchema } from '../src/config.ts';

export const api = '/support-service/api/v1';

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
  const keys = testServiceKeys();
  const tokens = useTestTokens();
  const as = useSignedInUsers(tokens, {
    admin: devUsers.admin,
    customer: devUsers.customer,
    seller: devUsers.seller,
    otherCustomer,
  });
  const neighbour = { port: 0, tokens, env: () => ({ TRUSTED_SERVICE_KEYS: keys.trusted('support') }) };
  const content = useTestService(testFileUrl, contentService, {
    ...neighbour,
    seed: async (db) => loadSeedContent(db, await readSeedContent()),
  });
  const activity = useTestService(testFileUrl, activityService, neighbour);
  const svc = useTestService(testFileUrl, supportService, {
    schema: supportConfigSchema,
    tokens,
    env: () => ({
      // The outage tests provoke 503s on purpose; the kit logs those at error level.
      LOG_LEVEL: 'fatal',
      SERVICE_KEY: keys.key('support'),
      CONTENT_SERVICE_URL: content.url(),
      ACTIVITY_SERVICE_URL: activity.url(),
      SERVICE_CALL_TIMEOUT_MS: '1000',
    }),
  });

  return {
    db: svc.db,
    app: svc.app,
    tokens,
    as,
    /** Takes the content service down; its port then refuses connections. */
    stopContent: content.stop,
    /** Business events the activity service has recorded from support, newest first. */
    recordedEvents: async (query: string) => {
      await svc.app().events.flush();
      const res = await fetch(`${activity.url()}/activity-service/api/v1/admin/audit?${query}`, {
        headers: as('admin'),
      });
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
    request: apiCaller(svc.app, api, as),
  };
}

/** A support service whose neighbours are not running at all: their ports refuse connections. */
export async function unreachableUrl(): Promise<string> {
  return `http://127.0.0.1:${await freePort()}`;
}
