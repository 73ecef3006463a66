/**
 * Builds a service: the shared plugins in a fixed order, then the domain's routes under its API prefix.
 * It does not listen; server.ts does that, and tests use `app.inject`.
 */
import { apiPrefix, service as registryService, type ServiceName } from '@emporium/registry';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyPluginAsync,
  LogController,
} from 'fastify';
import type { JWTVerifyGetKey } from 'jose';
import type { Db } from 'mongodb';
import pino, { type DestinationStream } from 'pino';
import { authentication } from './auth/authentication.ts';
import { type BaseConfig, parseOrigins } from './config.ts';
import { corsWhitelist } from './cors.ts';
import { handleError, handleNotFound } from './errors.ts';
import { activityClient, businessEvents } from './events.ts';
import { graceful } from './graceful.ts';
import { health } from './health.ts';
import { loggerOptions, streamLogger } from './logger.ts';
import { mongo } from './mongo.ts';
import { openapi } from './openapi.ts';
import { requestContext } from './request-context.ts';
import { requestId } from './request-id.ts';
import { requestLog } from './request-log.ts';
import { serviceKeys } from './service-keys.ts';
import { installValidators } from './validation.ts';

export interface ServiceDefinition<C extends BaseConfig = BaseConfig> {
  name: ServiceName;
  version: string;
  /** The domain's routes; registered under the service's API prefix (/<name>-service/api/v1). */
  routes: FastifyPluginAsync<{ config: C }>;
  /** Idempotent database start-up work, such as creating indexes. */
  setupDatabase?: (db: Db) => Promise<void>;
  /**
   * Where access-token keys come from when not the user service's remote JWKS: the user service itself
   * verifies against its own key store. Called once, before the routes are registered.
   */
  tokenKeys?: (app: FastifyInstance, config: C) => JWTVerifyGetKey;
}

declare module 'fastify' {
  interface FastifyInstance {
    serviceName: ServiceName;
    serviceConfig: BaseConfig;
  }
}

export interface CreateOptions<C extends BaseConfig> {
  config: C;
  /** Where logs go: a stream (tests), pretty on a terminal, or JSON lines on stdout (default). */
  logger?: { stream: DestinationStream } | { pretty: boolean };
  /** Overrides where access-token keys come from (tests sign with their own key). */
  tokenKeys?: JWTVerifyGetKey;
}

export async function createService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  { config, logger = { pretty: false }, tokenKeys }: CreateOptions<C>,
): Promise<FastifyInstance> {
  const name = definition.name;
  const common = {
    genReqId: requestId,
    requestIdHeader: false as const,
    // Fastify's own two lines per request are replaced by request-log.ts's one.
    logController: new LogController({ requestIdLogLabel: 'reqId', disableRequestLogging: true }),
    bodyLimit: config.BODY_LIMIT_BYTES,
    trustProxy: config.TRUST_PROXY,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true, maxParamLength: 200 },
  };
  const loggerInstance =
    'stream' in logger
      ? streamLogger(name, config.LOG_LEVEL, logger.stream)
      : pino(loggerOptions(name, config.LOG_LEVEL, logger.pretty));
  // Typed as the base logger so every service and plugin shares one FastifyInstance type.
  const app: FastifyInstance = Fastify({ ...common, loggerInstance: loggerInstance as FastifyBaseLogger });

  app.decorate('serviceName', name);
  app.decorate('serviceConfig', config as BaseConfig);
  installValidators(app);
  app.setErrorHandler(handleError);
  app.setNotFoundHandler(handleNotFound);

  const prefix = apiPrefix(name);
  await app.register(openapi, {
    service: name,
    version: definition.version,
    description: `Owns ${registryService(name).owns}.`,
    apiPrefix: prefix,
  });
  await app.register(graceful);
  await app.register(requestLog);
  // CORS first: a 400 or 401 from the hooks below must carry the CORS headers, or a browser app cannot
  // read it (and cannot refresh its token on a 401).
  await app.register(corsWhitelist, { origins: parseOrigins(config.CORS_ORIGINS) });
  await app.register(requestContext);
  await app.register(serviceKeys, { trusted: config.TRUSTED_SERVICE_KEYS });
  await app.register(authentication, {
    keys: tokenKeys ?? definition.tokenKeys?.(app, config),
    jwksUrl: config.JWKS_URL,
    issuer: config.JWT_ISSUER,
    audience: config.JWT_AUDIENCE,
  });
  await app.register(businessEvents, { client: activityClient(app) });
  await app.register(mongo, {
    uri: config.MONGODB_URI,
    database: config.MONGODB_DATABASE,
    timeoutMs: config.MONGODB_TIMEOUT_MS,
    appName: `emporium-${name}`,
    setup: definition.setupDatabase,
  });
  await app.register(health, {
    service: name,
    version: definition.version,
    timeoutMs: config.MONGODB_TIMEOUT_MS,
  });
  await app.register(definition.routes, { prefix, config });
  return app;
}
