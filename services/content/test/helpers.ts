import { devUsers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { createService, loadConfig } from '@emporium/service-kit';
import { injectJson, type TestTokens, testTokens } from '@emporium/service-kit/testing';
import type { FastifyInstance, InjectOptions } from 'fastify';
import { afterAll, beforeAll } from 'vitest';
import { contentService } from '../src/app.ts';
import { contentConfigSchema } from '../src/config.ts';
import { loadSeedContent } from '../src/seed/load.ts';
import { readSeedContent, type SeedContent } from '../src/seed/seed-file.ts';

export const api = '/content-service/api/v1';

type Who = 'admin' | 'customer' | 'seller';

/**
 * A content service on this test file's own database (loaded with the real seed content unless told
 * otherwise), with tokens for the dev admin, customer and seller. Getters, because everything exists only
 * after beforeAll.
 */
export function contentTestService(testFileUrl: string, { seed = true } = {}) {
  const db = useTestDatabase(testFileUrl);
  let app: FastifyInstance | undefined;
  let content: SeedContent | undefined;
  let tokens: TestTokens | undefined;
  const auth = new Map<Who, { authorization: string }>();

  beforeAll(async () => {
    tokens = await testTokens();
    for (const who of ['admin', 'customer', 'seller'] as const) {
      const user = devUsers[who];
      auth.set(who, await tokens.headers({ id: user.id, type: user.type, name: user.name }));
    }
    content = await readSeedContent();
    if (seed) await loadSeedContent(db.client.db(db.name), content);
    const config = loadConfig(contentConfigSchema, {
      MONGODB_URI: db.uri,
      MONGODB_DATABASE: db.name,
      LOG_LEVEL: 'warn',
    });
    app = await createService(contentService, { config, logger: { pretty: false }, tokenKeys: tokens.keys });
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
    app: () => ready(app, 'app'),
    seed: () => ready(content, 'seed'),
    tokens: () => ready(tokens, 'tokens'),
    /** Authorization header of a dev user. */
    as: (who: Who) => ready(auth.get(who), `${who} token`),
    /** Injects a request under the API prefix; `as` signs it in. */
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
