import { devUsers } from '@emporium/dev-data';
import type { ServiceName } from '@emporium/registry';
import {
  apiCaller,
  type CallOptions,
  type TestServiceKeys,
  testServiceKeys,
  useSignedInUsers,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
import type { InjectOptions } from 'fastify';
import { activityService } from '../src/app.ts';
import { activityConfigSchema } from '../src/config.ts';

export const api = '/activity-service/api/v1';

const signedInUsers = { admin: devUsers.admin, customer: devUsers.customer, seller: devUsers.seller };

/**
 * An activity service on this test file's own database. It trusts the keys of every service that emits
 * events, and of product too (a real service that is not allowed to send events).
 */
export function activityTestService(testFileUrl: string) {
  const keys: TestServiceKeys = testServiceKeys();
  const tokens = useTestTokens();
  const as = useSignedInUsers(tokens, signedInUsers);
  const svc = useTestService(testFileUrl, activityService, {
    schema: activityConfigSchema,
    tokens,
    env: () => ({
      TRUSTED_SERVICE_KEYS: keys.trusted('user', 'cart', 'order', 'reviews', 'support', 'product'),
    }),
  });
  const signedIn = apiCaller(svc.app, api, as);

  return {
    db: svc.db,
    keys,
    app: svc.app,
    replica: svc.replica,
    tokens,
    /** Injects a request under the API prefix, signed in as a dev user or sent by a service. */
    request: (
      method: InjectOptions['method'],
      path: string,
      {
        service,
        headers,
        ...options
      }: CallOptions<keyof typeof signedInUsers> & { service?: ServiceName } = {},
    ) =>
      signedIn(method, path, {
        ...options,
        headers: { ...(service ? { 'x-service-key': keys.key(service) } : {}), ...headers },
      }),
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
