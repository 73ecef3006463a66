/**
 * Logging: pino, JSON lines in production and under a process manager, pretty on a terminal.
 * Credentials never reach the logs: authorization, cookies and service keys are redacted.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';
import pino from 'pino';

export const redactedPaths = [
  // Request headers are logged only at debug level, as `headers` (see request-log.ts).
  'headers.authorization',
  'headers.cookie',
  'headers["x-service-key"]',
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-service-key"]',
  'res.headers["set-cookie"]',
];

export function loggerOptions(service: string, level: string, pretty: boolean): LoggerOptions {
  return {
    level,
    base: { service },
    redact: { paths: redactedPaths, censor: '[redacted]' },
    serializers: {
      req: (req: FastifyRequest) => ({
        method: req.method,
        url: req.url,
        remoteAddress: req.ip,
      }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
    },
    ...(pretty
      ? {
          transport: {
            target: 'pino-pretty',
            options: { translateTime: 'HH:MM:ss.l', ignore: 'pid,hostname' },
          },
        }
      : {}),
  };
}

/** A logger writing to a given stream (tests capture logs this way). */
export function streamLogger(service: string, level: string, stream: DestinationStream) {
  return pino(loggerOptions(service, level, false), stream);
}
