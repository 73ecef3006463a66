/**
 * A real service listening on loopback that can be stopped and started again on the same port, the way
 * a crashed or redeployed service comes back: its callers keep their configured URL. The kit's
 * startTestService picks a new port each time, so outage tests use this instead.
 */
import { freePort } from '@emporium/embedded-db';
import {
  type BaseConfig,
  baseConfigSchema,
  createService,
  loadConfig,
  type ServiceDefinition,
} from '@emporium/service-kit';
import type { TestTokens } from '@emporium/service-kit/testing';
import type { FastifyInstance } from 'fastify';
import type { TObject } from 'typebox';

export interface RunningService {
  readonly url: string;
  app(): FastifyInstance;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A free port, for services that must know each other's URL before either starts. */
export const reservePort = freePort;

export async function runningService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  options: {
    port: number;
    env: () => Record<string, string>;
    schema?: TObject;
    tokenKeys?: TestTokens['keys'];
  },
): Promise<RunningService> {
  let app: FastifyInstance | undefined;
  const start = async () => {
    const config = loadConfig(options.schema ?? baseConfigSchema(definition.name), {
      LOG_LEVEL: 'silent',
      ...options.env(),
    }) as C;
    const started = await createService(definition, {
      config,
      logger: { pretty: false },
      tokenKeys: options.tokenKeys,
    });
    await started.listen({ host: '127.0.0.1', port: options.port });
    await started.mongo.whenSetUp();
    app = started;
  };
  await start();
  return {
    url: `http://127.0.0.1:${options.port}`,
    app: () => {
      if (!app) throw new Error(`${definition.name} service is stopped`);
      return app;
    },
    stop: async () => {
      const running = app;
      app = undefined;
      await running?.close();
    },
    start,
  };
}
