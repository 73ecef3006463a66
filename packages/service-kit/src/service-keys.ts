/**
 * Service keys: how a service proves who it is when it calls another one. The caller sends its own key
 * in x-service-key; the callee knows the keys of the callers allowed to call it (TRUSTED_SERVICE_KEYS,
 * `caller=key,...`) and guards its internal routes with requireServiceKey. Keys are compared as SHA-256
 * digests with timingSafeEqual, so neither length nor content leaks through timing.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { isServiceName, type ServiceName } from '@emporium/registry';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { ConfigError } from './config.ts';
import { ApiError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The service that called this internal route (set by requireServiceKey). */
    caller: ServiceName | undefined;
  }
  interface FastifyInstance {
    trustedServiceKeys: ReadonlyMap<ServiceName, Buffer>;
  }
}

const keyPattern = /^[\x21-\x7e]{16,256}$/;

const digest = (key: string) => createHash('sha256').update(key).digest();

/** Parses `caller=key,caller=key`; a wrong entry stops the service at start-up with a clear message. */
export function parseTrustedKeys(list: string): Map<ServiceName, Buffer> {
  const keys = new Map<ServiceName, Buffer>();
  const problems: string[] = [];
  for (const entry of list
    .split(',')
    .map((e) => e.trim())
    .filter(Boolean)) {
    const at = entry.indexOf('=');
    const caller = at > 0 ? entry.slice(0, at) : '';
    const key = entry.slice(at + 1);
    if (!isServiceName(caller)) problems.push(`TRUSTED_SERVICE_KEYS names an unknown service "${caller}"`);
    else if (!keyPattern.test(key)) problems.push(`TRUSTED_SERVICE_KEYS has a malformed key for ${caller}`);
    else keys.set(caller, digest(key));
  }
  if (problems.length > 0) throw new ConfigError(problems);
  return keys;
}

function callerOf(keys: ReadonlyMap<ServiceName, Buffer>, presented: string): ServiceName | undefined {
  const candidate = digest(presented);
  let found: ServiceName | undefined;
  // Compare with every key (no early exit), so timing does not tell how many keys matched partly.
  for (const [caller, key] of keys) if (timingSafeEqual(candidate, key)) found = caller;
  return found;
}

export const serviceKeys = fp(
  async (app: FastifyInstance, options: { trusted: string }) => {
    app.decorate('trustedServiceKeys', parseTrustedKeys(options.trusted));
    app.decorateRequest('caller', undefined);
  },
  { name: 'emporium-service-keys', dependencies: ['emporium-request-context'] },
);

/**
 * Guard for internal routes: `{ preHandler: requireServiceKey('cart', 'order') }`. 401 without a key,
 * 403 with a key that is not one of these callers'.
 */
export function requireServiceKey(...callers: ServiceName[]) {
  return async function checkServiceKey(this: FastifyInstance, request: FastifyRequest) {
    const presented = request.client.serviceKey;
    if (presented === undefined) {
      throw new ApiError(
        401,
        'SERVICE_KEY_REQUIRED',
        'This internal route needs a service key (x-service-key)',
      );
    }
    const caller = callerOf(request.server.trustedServiceKeys, presented);
    if (!caller || !callers.includes(caller)) {
      throw new ApiError(403, 'SERVICE_KEY_INVALID', 'The service key is not one this route accepts');
    }
    request.caller = caller;
  };
}
