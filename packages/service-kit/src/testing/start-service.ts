/**
 * A real service listening on a free loopback port, for tests where one service calls another over HTTP.
 * The database is real (pass MONGODB_URI and MONGODB_DATABASE in env).
 */
import type { FastifyInstance } from 'fastify';
import type { BaseConfig } from '../config.ts';
import type { ServiceDefinition } from '../service.ts';
import { type BuildTestServiceOptions, buildTestService, listeningUrl } from './build-service.ts';

export interface TestService {
  readonly app: FastifyInstance;
  /** Base URL (scheme://host:port), as `<NAME>_SERVICE_URL` of a caller wants it. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startTestService<C extends BaseConfig>(
  definition: ServiceDefinition<C>,
  options: Omit<BuildTestServiceOptions, 'port'>,
): Promise<TestService> {
  const app = await buildTestService(definition, { ...options, port: 0 });
  return { app, url: listeningUrl(app), close: () => app.close() };
}
