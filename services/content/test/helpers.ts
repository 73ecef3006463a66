import { devUsers } from '@emporium/dev-data';
import {
  apiCaller,
  ready,
  useSignedInUsers,
  useTestService,
  useTestTokens,
} from '@emporium/service-kit/testing';
import { contentService } from '../src/app.ts';
import { contentConfigSchema } from '../src/config.ts';
import { loadSeedContent } from '../src/seed/load.ts';
import { readSeedContent, type SeedContent } from '../src/seed/seed-file.ts';

export const api = '/content-service/api/v1';

/**
 * A content service on this test file's own database (loaded with the real seed content unless told
 * otherwise), with tokens for the dev admin, customer and seller. Getters, because everything exists only
 * after beforeAll.
 */
export function contentTestService(testFileUrl: string, { seed = true } = {}) {
  const tokens = useTestTokens();
  const as = useSignedInUsers(tokens, {
    admin: devUsers.admin,
    customer: devUsers.customer,
    seller: devUsers.seller,
  });
  let content: SeedContent | undefined;
  const svc = useTestService(testFileUrl, contentService, {
    schema: contentConfigSchema,
    tokens,
    seed: async (db) => {
      content = await readSeedContent();
      if (seed) await loadSeedContent(db, content);
    },
  });

  return {
    db: svc.db,
    app: svc.app,
    seed: () => ready(content, 'seed'),
    tokens,
    /** Authorization header of a dev user. */
    as,
    /** Injects a request under the API prefix; `as` signs it in. */
    request: apiCaller(svc.app, api, as),
  };
}
