/**
 * CORS: only whitelisted origins get CORS headers; any other origin gets none, so the browser blocks it.
 * Credentials are allowed (the refresh-token cookie), which is why there is never a wildcard.
 */
import cors from '@fastify/cors';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

export const allowedRequestHeaders = [
  'authorization',
  'content-type',
  'idempotency-key',
  'x-device-info',
  'x-guest-id',
  'x-request-id',
  'x-service-key',
];

export const corsWhitelist = fp(
  async (app: FastifyInstance, opts: { origins: readonly string[] }) => {
    const allowed = new Set(opts.origins);
    await app.register(cors, {
      origin: (origin, cb) => cb(null, origin !== undefined && allowed.has(origin)),
      credentials: true,
      methods: ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: allowedRequestHeaders,
      exposedHeaders: ['x-request-id', 'retry-after', 'idempotent-replayed'],
      maxAge: 600,
      strictPreflight: true,
    });
  },
  { name: 'emporium-cors' },
);
