/**
 * A service built for a test the way server.ts builds it, on a real database: config loaded and validated
 * from the given environment (quiet logs unless told otherwise), access tokens verified against the test's
 * keys, database set up. It is ready for `app.inject`, or listening on loopback when given a port.
 */
import type { FastifyInstance } from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import type { TObject } from 'typebox';
import { type BaseConfig, baseConfigSchema, loadConfig } from '../config.ts';
import { type CreateOptions, createService, type ServiceDefinition } from '../service.ts';

export interface BuildTestServiceOptions {
  /** MONGODB_URI and MONGODB_DATABASE of the test database, and any other settings. */
  env: Record<string, string | undefined>;
  /** The service's own config schema when it has settings beyond the base ones. */
  schema?: TObject;
  tokenKeys?: JWTVerifyGetKey;
  /** Logs as JSON lines on stdout unless a stream is given. */
  logger?: CreateOptions<BaseConfig>['logger'];
  /** Listen on loopback on this port (0: any free one) instead of only being ready for inject. */
  port?: number;
}

export async function buildTestService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  options: BuildTestServiceOptions,
): Promise<FastifyInstance> {
  const schema = options.schema ?? baseConfigSchema(definition.name);
  const config = loadConfig(schema, { LOG_LEVEL: 'warn', ...options.env }) as unknown as C;
  const app = await createService(definition, {
    config,
    logger: options.logger ?? { pretty: false },
    tokenKeys: options.tokenKeys,
  });
  if (options.port === undefined) await app.ready();
  else await app.listen({ host: '127.0.0.1', port: options.port });
  await app.mongo.whenSetUp();
  return app;
}

/** The base URL (scheme://host:port) of a listening app, as `<NAME>_SERVICE_URL` of a caller wants it. */
export function listeningUrl(app: FastifyInstance): string {
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('service did not bind a TCP port');
  return `http://127.0.0.1:${address.port}`;
}
