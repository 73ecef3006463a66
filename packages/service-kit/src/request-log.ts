/**
 * One log line per request, written when the response has been sent: method, URL, client address,
 * status and time taken. Fastify's default is two lines per request, each serialising every header
 * through redaction; `make bench-services` measured that as most of the kit's own cost per request
 * (docs/bench/services.md). Headers, with credentials redacted, are logged only at debug level, and the
 * hook that logs them exists only when that level is on. Routes with their own log level (health checks
 * are silent) are honoured, as request.log is the route's logger.
 */
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const requestLog = fp(
  async (app: FastifyInstance) => {
    // The kit's logger is pino, whose isLevelEnabled Fastify's base logger type does not declare.
    const logger = app.log as typeof app.log & { isLevelEnabled?: (level: string) => boolean };
    if (logger.isLevelEnabled?.('debug')) {
      app.addHook('onRequest', (request, _reply, done) => {
        request.log.debug({ req: request, headers: request.headers }, 'incoming request');
        done();
      });
    }
    app.addHook('onResponse', (request, reply, done) => {
      request.log.info(
        { req: request, res: reply, responseTime: Math.round(reply.elapsedTime * 10) / 10 },
        'request completed',
      );
      done();
    });
  },
  { name: 'emporium-request-log' },
);
