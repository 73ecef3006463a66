/**
 * A real service listening on loopback that can be stopped and started again on the same port, the way
 * a crashed or redeployed service comes back: its callers keep their configured URL (startTestService
 * picks a new port each time). `env` is read at every start.
 */
import type { FastifyInstance } from 'fastify';
import type { BaseConfig } from '../config.ts';
import type { ServiceDefinition } from '../service.ts';
import { type BuildTestServiceOptions, buildTestService } from './build-service.ts';

export interface RestartableService {
  readonly url: string;
  app(): FastifyInstance;
  stop(): Promise<void>;
  start(): Promise<void>;
}

export async function startRestartableService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  options: Omit<BuildTestServiceOptions, 'port' | 'env'> & {
    /** A free port, known to callers before the service starts (`freePort()` of embedded-db). */
    port: number;
    env: () => Record<string, string>;
  },
): Promise<RestartableService> {
  let app: FastifyInstance | undefined;
  const start = async () => {
    app = await buildTestService(definition, { ...options, env: options.env() });
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
