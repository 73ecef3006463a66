/**
 * Per-request context every route can rely on: the request id echoed back, the custom client headers
 * (x-device-info, x-guest-id, x-service-key) checked and parsed, and a guard that refuses MongoDB operator
 * keys anywhere in the input, so `{"$gt": ""}` can never reach a query.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { badRequest } from './errors.ts';

export interface ClientContext {
  /** Free-form device description sent by the micro frontends (user agent, screen, app version). */
  readonly deviceInfo: string | undefined;
  /** Identifies a shopper who has not logged in (guest cart). */
  readonly guestId: string | undefined;
  /** Presented by another service calling this one. */
  readonly serviceKey: string | undefined;
}

declare module 'fastify' {
  interface FastifyRequest {
    client: ClientContext;
  }
}

const headerRules = {
  'x-device-info': { pattern: /^[\x20-\x7e]{1,512}$/, hint: 'printable ASCII, at most 512 characters' },
  'x-guest-id': { pattern: /^[A-Za-z0-9_-]{8,64}$/, hint: '8 to 64 characters of A-Z, a-z, 0-9, _ or -' },
  'x-service-key': { pattern: /^[\x21-\x7e]{16,256}$/, hint: '16 to 256 printable characters' },
} as const;

function header(request: FastifyRequest, name: keyof typeof headerRules): string | undefined {
  const value = request.headers[name];
  if (value === undefined) return undefined;
  const rule = headerRules[name];
  if (typeof value !== 'string' || !rule.pattern.test(value)) {
    throw badRequest('INVALID_HEADER', `Header ${name} is invalid: ${rule.hint}`, [
      { in: 'headers', path: `/${name}`, message: rule.hint },
    ]);
  }
  return value;
}

const maxDepth = 32;

/** Finds the first key that starts with "$" (a MongoDB operator) or nests deeper than anything we accept. */
export function findOperatorKey(value: unknown, path = '', depth = 0): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  if (depth > maxDepth) return `${path} (nested too deeply)`;
  for (const [key, child] of Object.entries(value)) {
    if (key.startsWith('$')) return `${path}/${key}`;
    const found = findOperatorKey(child, `${path}/${key}`, depth + 1);
    if (found) return found;
  }
  return undefined;
}

export const requestContext = fp(
  async (app: FastifyInstance) => {
    app.decorateRequest('client', undefined as unknown as ClientContext);

    // Synchronous hooks (done, or a throw, which Fastify turns into the error reply): an async one costs a
    // promise and a microtask turn on every request for work that never waits.
    app.addHook('onRequest', (request, reply, done) => {
      reply.header('x-request-id', request.id);
      request.client = {
        deviceInfo: header(request, 'x-device-info'),
        guestId: header(request, 'x-guest-id'),
        serviceKey: header(request, 'x-service-key'),
      };
      done();
    });

    app.addHook('preValidation', (request, _reply, done) => {
      for (const [part, value] of [
        ['body', request.body],
        ['querystring', request.query],
        ['params', request.params],
      ] as const) {
        const key = findOperatorKey(value);
        if (key) {
          throw badRequest(
            'OPERATOR_NOT_ALLOWED',
            `Field names may not start with "$" or nest this deep: ${part}${key}`,
            [{ in: part, path: key, message: 'operator keys are not accepted' }],
          );
        }
      }
      done();
    });
  },
  { name: 'emporium-request-context' },
);

/** Headers to forward when this request calls another service, so logs line up across services. */
export function propagatedHeaders(request: FastifyRequest): Record<string, string> {
  const headers: Record<string, string> = { 'x-request-id': String(request.id) };
  if (request.client.guestId) headers['x-guest-id'] = request.client.guestId;
  if (request.client.deviceInfo) headers['x-device-info'] = request.client.deviceInfo;
  return headers;
}
