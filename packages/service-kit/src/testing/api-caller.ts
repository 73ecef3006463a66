/**
 * Requests to a service's API as tests send them: a path under the API prefix, signed in as someone
 * (`as`: whatever `auth` turns into headers: token claims, a dev user's name), a JSON body, more headers.
 */
import type { FastifyInstance, InjectOptions } from 'fastify';
import { type InjectedReply, injectJson } from './inject.ts';
import type { TestTokenClaims, TestTokens } from './tokens.ts';

export interface CallOptions<As> {
  as?: As;
  body?: unknown;
  headers?: Record<string, string>;
}

export type ApiCall<As> = (
  method: InjectOptions['method'],
  path: string,
  options?: CallOptions<As>,
) => Promise<InjectedReply>;

export function apiCaller<As>(
  app: () => FastifyInstance,
  prefix: string,
  auth: (as: As) => Record<string, string> | Promise<Record<string, string>>,
): ApiCall<As> {
  return async (method, path, { as, body, headers = {} } = {}) =>
    injectJson(app(), method, `${prefix}${path}`, {
      body,
      headers: { ...(as === undefined ? {} : await auth(as)), ...headers },
    });
}

/** Calls signed in with token claims (`as: users.admin`) that `tokens()` signs. */
export function claimsCaller(
  app: () => FastifyInstance,
  prefix: string,
  tokens: () => TestTokens,
): ApiCall<TestTokenClaims> {
  return apiCaller(app, prefix, (claims: TestTokenClaims) => tokens().headers(claims));
}
