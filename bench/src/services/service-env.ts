/**
 * The environment a service of the benchmark runs with: what the local platform gives it (database,
 * CORS origins of the local run, log level info, a service key and its callers' keys), on a port of our
 * choosing and in its emporium_bench_<name> database.
 */
import { randomBytes } from 'node:crypto';
import { localDevOrigins, type ServiceName, serviceCallers } from '@emporium/registry';
import { benchDatabaseName } from './bench-database.ts';

const key = () => randomBytes(24).toString('base64url');

export function serviceEnv(name: ServiceName, databaseUri: string, port: number): NodeJS.ProcessEnv {
  return {
    ...process.env,
    MONGODB_URI: databaseUri,
    MONGODB_DATABASE: benchDatabaseName(name),
    HOST: '127.0.0.1',
    PORT: String(port),
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
    CORS_ORIGINS: localDevOrigins().join(','),
    SERVICE_KEY: key(),
    TRUSTED_SERVICE_KEYS: serviceCallers(name)
      .map((caller) => `${caller}=${key()}`)
      .join(','),
  };
}
