/**
 * Logging: pino, JSON lines in production and under a process manager, pretty on a terminal.
 * Credentials never reach the logs: authorization, cookies and service keys are redacted.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { DestinationStream, LoggerOptions } from 'pino';
import pino from 'pino';

// Request headers are logged only at debug level, as `headers` (see request-log.ts). `req` and `res` go
// through the serializers below, which copy no headers at all; pino redacts after serializing, so paths under
// them would match nothing and only cost a redaction pass on every request's log line.
export const redactedPaths = ['headers.authorization', 'headers.cookie', 'headers["x-service-key"]'];

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

/**
 * stdout of a service process: the lines one turn of the event loop logs are written together when the turn
 * ends (setImmediate), with one synchronous write. Under load a turn answers many requests, and one write
 * for all their access-log lines costs far less than pino's default of an asynchronous write, a thread-pool
 * round trip, for each line (docs/bench/services.md). A line waits only for the end of its turn, never for a
 * timer or a size; lines still pending when the process exits (process.exit right after logging) are
 * written then.
 */
export function batchedStdout(): DestinationStream {
  const destination = pino.destination({ dest: 1, sync: true });
  let pending = '';
  const writePending = () => {
    if (pending === '') return;
    const lines = pending;
    pending = '';
    destination.write(lines);
  };
  process.on('exit', writePending);
  return {
    write(line: string) {
      if (pending === '') setImmediate(writePending);
      pending += line;
    },
  };
}

/** A logger writing to a given stream (tests capture logs this way; server.ts passes batchedStdout). */
export function streamLogger(service: string, level: string, stream: DestinationStream) {
  return pino(loggerOptions(service, level, false), stream);
}
