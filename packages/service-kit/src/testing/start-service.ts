/**
 * A real service listening on a free loopback port, for tests where one service calls another over HTTP.
 * The database is real (pass MONGODB_URI and MONGODB_DATABASE in env).
 */
import type { FastifyInstance } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import type { Static, TObject } from 'typebox';
import { type BaseConfig, baseConfigSchema, loadConfig } from '../config.ts';
import { createService, type ServiceDefinition } from '../service.ts';

export interface TestService {
  readonly app: FastifyInstance;
  /** Base URL (scheme://host:port), as `<NAME>_SERVICE_URL` of a caller wants it. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startTestService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  options: {
    env: Record<string, string | undefined>;
    /** The service's own config schema when it has settings beyond the base ones. */
    schema?: TObject;
    tokenKeys?: JWTVerifyGetKey;
  },
): Promise<TestService> {
  const schema = options.schema ?? baseConfigSchema(definition.name);
  const config = loadConfig(schema, { LOG_LEVEL: 'warn', ...options.env }) as Static<typeof schema> & C;
  const app = await createService(definition, {
    config,
    logger: { pretty: false },
    tokenKeys: options.tokenKeys,
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  await app.mongo.whenSetUp();
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('service did not bind a TCP port');
  return { app, url: `http://127.0.0.1:${address.port}`, close: () => app.close() };
}
