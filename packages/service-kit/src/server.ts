/**
 * The only part of a service that touches the process: reads the configuration (exits with a clear
 * message when it is wrong), logs to stdout (pretty on a terminal, else JSON lines, see batchedStdout),
 * listens, and shuts down gracefully on SIGTERM/SIGINT: stop accepting connections, let in-flight requests
 * finish within SHUTDOWN_GRACE_MS, close the database, exit 0.
 */
import closeWithGrace from 'close-with-grace';
import type { Static, TObject } from 'typebox';
import { type BaseConfig, ConfigError, loadConfig } from './config.ts';
import { batchedStdout } from './logger.ts';
import { createService, type ServiceDefinition } from './service.ts';

export async function runService<S extends TObject>(
  definition: ServiceDefinition<Static<S> & BaseConfig>,
  schema: S,
): Promise<void> {
  let config: Static<S> & BaseConfig;
  try {
    config = loadConfig(schema) as Static<S> & BaseConfig;
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${definition.name} service cannot start.\n${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }

  const logger = process.stdout.isTTY ? { pretty: true } : { stream: batchedStdout() };
  const app = await createService(definition, { config, logger });

  closeWithGrace({ delay: config.SHUTDOWN_GRACE_MS, logger: app.log }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'shutting down after an error');
    else app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    await app.close();
    app.log.info('closed');
  });

  try {
    await app.listen({ host: config.HOST, port: config.PORT });
  } catch (err) {
    app.log.fatal({ err }, 'cannot listen');
    process.exit(1);
  }
}
