/**
 * Per-request flags the auth hooks read from ky's `context` option: `{ auth: 'none' }` sends a request
 * without the access token and keeps it out of the refresh-and-retry (the refresh call itself, sign-in).
 */
export const noAuth = { auth: 'none' } as const;

/** Set on a request once it has been retried with a new token: a second 401 is final. */
export const retriedWithNewToken = 'emporiumRetriedWithNewToken';

export function isNoAuth(context: Record<string, unknown> | undefined): boolean {
  return context?.auth === 'none';
}
