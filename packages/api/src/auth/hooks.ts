/**
 * The ky hooks that make every call authenticated and identified:
 *  - beforeRequest: x-guest-id, x-device-info and, when signed in, `Authorization: Bearer <token>`;
 *  - afterResponse: a 401 that says the token is expired or invalid gets one refresh (shared by all
 *    callers, see refresh.ts) and one retry of the request with the new token;
 *  - beforeRetry: a retried request carries the token as it is now, not as it was.
 */
import ky, { type AfterResponseHook, type BeforeRequestHook, type BeforeRetryHook, type Hooks } from 'ky';
import { accessToken } from '../access-token.ts';
import { deviceInfo, guestId } from '../identity.ts';
import { isNoAuth, retriedWithNewToken } from './context.ts';
import { pendingRestore, refreshAccessToken } from './refresh.ts';

/** The codes services answer when a (missing, expired or broken) token is the only problem. */
const authCodes = new Set(['TOKEN_EXPIRED', 'INVALID_TOKEN', 'UNAUTHENTICATED']);

const bearer = (header: string | null) => (header?.startsWith('Bearer ') ? header.slice(7) : null);

async function errorCode(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { code?: unknown };
    return typeof body.code === 'string' ? body.code : undefined;
  } catch {
    return undefined;
  }
}

const identify: BeforeRequestHook = ({ request, options }) => {
  request.headers.set('x-guest-id', guestId());
  request.headers.set('x-device-info', deviceInfo());
  const token = accessToken();
  if (token && !isNoAuth(options.context) && !request.headers.has('authorization')) {
    request.headers.set('authorization', `Bearer ${token}`);
  }
};

/** The token to retry with, or null when retrying cannot help. */
async function nextToken(sent: string | null): Promise<string | null> {
  if (!sent) {
    // Sent while the page was still restoring its session: once restored, the token is there.
    await pendingRestore();
    return accessToken();
  }
  const current = accessToken();
  if (current === null) return null; // signed out meanwhile
  if (current !== sent) return current; // another caller already refreshed
  return refreshAccessToken('expired');
}

const refreshOn401: AfterResponseHook = async ({ request, options, response, retryCount }) => {
  if (response.status !== 401 || isNoAuth(options.context)) return;
  const context = options.context as Record<string, unknown>;
  if (context[retriedWithNewToken] || retryCount >= options.retry.limit) return;
  if (!authCodes.has((await errorCode(response)) ?? '')) return;
  const token = await nextToken(bearer(request.headers.get('authorization')));
  if (!token) return; // the 401 stands; a failed refresh has already asked the shell for login
  context[retriedWithNewToken] = true;
  return ky.retry({ delay: 0, code: 'TOKEN_REFRESHED' });
};

const currentToken: BeforeRetryHook = ({ request, options }) => {
  const token = accessToken();
  if (token && !isNoAuth(options.context)) request.headers.set('authorization', `Bearer ${token}`);
};

export const authHooks: Hooks = {
  beforeRequest: [identify],
  afterResponse: [refreshOn401],
  beforeRetry: [currentToken],
};
