/**
 * Logging: pino, JSON lines in production and under a process manager, pretty on a terminal.
 * Credentials never reach the logs: authorization, cookies and service keys are redacted.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';
import pino from 'pino';

export const redactedPaths = [
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
        headers: req.headers,
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

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

/**
 * The request id crosses services: an incoming x-request-id (from the gateway, the Ingress or another
 * service) is kept when well-formed, otherwise a new one is made.
 */
export function requestId(req: IncomingMessage): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
}
