/**
 * The refresh-token cookie: httpOnly (scripts never see it), SameSite=Strict (never sent from another
 * site, so no CSRF on refresh and logout), and scoped to its user type's auth path, so it only travels
 * to /user-service/api/v1/<type>/auth/* and each user type's session stays separate.
 */

import { apiPrefix } from '@emporium/registry';
import type { CookieSerializeOptions } from '@fastify/cookie';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { UserType } from '../users/documents.ts';

export const refreshCookieName = 'emporium_refresh';

export function refreshCookiePath(type: UserType): string {
  return `${apiPrefix('user')}/${type}/auth`;
}

export interface CookieSettings {
  secure: boolean;
  maxAgeSeconds: number;
}

function options(type: UserType, settings: CookieSettings): CookieSerializeOptions {
  return { path: refreshCookiePath(type), httpOnly: true, sameSite: 'strict', secure: settings.secure };
}

export function setRefreshCookie(
  reply: FastifyReply,
  type: UserType,
  token: string,
  settings: CookieSettings,
) {
  reply.setCookie(refreshCookieName, token, { ...options(type, settings), maxAge: settings.maxAgeSeconds });
}

export function clearRefreshCookie(reply: FastifyReply, type: UserType, settings: CookieSettings) {
  reply.clearCookie(refreshCookieName, options(type, settings));
}

/** The presented refresh token, if it looks like one of ours (43 base64url characters). */
export function refreshCookie(request: FastifyRequest): string | undefined {
  const value = request.cookies[refreshCookieName];
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value) ? value : undefined;
}
