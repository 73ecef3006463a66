/**
 * The service under test for one test file: its own fresh database on the real server the global setup
 * started (dropped when the file is done), optionally seeded, the service built on it in beforeAll and
 * closed in afterAll; listening on loopback when given a `port` (0: any free one), for a neighbour another
 * service under test calls over HTTP. Hands out getters: things exist only after beforeAll. Hooks
 * registered before this call run first (and their afterAll last), so `env` can name neighbours they
 * started.
 */
import { type TestDatabase, useTestDatabase } from '@emporium/embedded-db/testing';
import type { FastifyInstance } from 'fastify';
import type { Db } from 'mongodb';
import { afterAll, beforeAll } from 'vitest';
import type { BaseConfig } from '../config.ts';
import type { ServiceDefinition } from '../service.ts';
import { type BuildTestServiceOptions, buildTestService, listeningUrl } from './build-service.ts';
import { ready } from './ready.ts';
import type { TestService } from './start-service.ts';
import { type TestTokens, testTokens } from './tokens.ts';

export interface UseTestServiceOptions extends Omit<BuildTestServiceOptions, 'env' | 'tokenKeys'> {
  /** Settings beyond the database's, read in beforeAll. */
  env?: () => Record<string, string>;
  /** Loads data into the fresh database before the service starts. */
  seed?: (db: Db) => Promise<unknown>;
  /** The tokens the service verifies (shared with its neighbours); its own `testTokens()` by default. */
  tokens?: () => TestTokens;
}

export interface ServiceUnderTest {
  readonly db: TestDatabase;
  /** The service's database, for arranging and checking data directly. */
  data(): Db;
  app(): FastifyInstance;
  tokens(): TestTokens;
  /** Its base URL, when it listens (`port`). */
  url(): string;
  /** Takes it down mid-test: a listening one's port then refuses connections. */
  stop(): Promise<void>;
  /** A listening one as startTestService hands it out. */
  service(): TestService;
  /** A second instance on the same database and settings, as a second replica would be (the test closes it). */
  replica(): Promise<FastifyInstance>;
}

export function useTestService<C extends BaseConfig>(
  testFileUrl: string,
  definition: ServiceDefinition<C>,
  { env, seed, tokens: sharedTokens, ...build }: UseTestServiceOptions = {},
): ServiceUnderTest {
  const db = useTestDatabase(testFileUrl);
  let tokens: TestTokens | undefined;
  let app: FastifyInstance | undefined;
  let options: BuildTestServiceOptions | undefined;
  beforeAll(async () => {
    tokens = sharedTokens?.() ?? (await testTokens());
    await seed?.(db.client.db(db.name));
    options = {
      ...build,
      env: { MONGODB_URI: db.uri, MONGODB_DATABASE: db.name, ...env?.() },
      tokenKeys: tokens.keys,
    };
    app = await buildTestService(definition, options);
  });
  afterAll(async () => {
    await app?.close();
  });
  const running = () => ready(app, `${definition.name} service`);
  return {
    db,
    data: () => db.client.db(db.name),
    app: running,
    tokens: () => ready(tokens, 'tokens'),
    url: () => listeningUrl(running()),
    stop: () => running().close(),
    service: () => ({ app: running(), url: listeningUrl(running()), close: () => running().close() }),
    replica: () => buildTestService(definition, { ...ready(options, 'settings'), port: undefined }),
  };
}
