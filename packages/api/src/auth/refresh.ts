/**
 * Getting a new access token from the refresh cookie, once for everybody: however many requests find
 * their token expired at the same moment, one refresh request goes out and all of them wait for it
 * (single flight). The refresh token is used up by each refresh, so two refreshes in parallel would
 * make the second one look like a stolen token and end the session.
 */
import { apiPrefix } from '@emporium/registry';
import { shopStore, type UserType } from '@emporium/store';
import { mayHaveSession } from '../access-token.ts';
import { http } from '../client.ts';
import { toApiError } from '../errors.ts';
import { settings } from '../settings.ts';
import { noAuth } from './context.ts';
import { type AuthSession, endSession, sessionEpoch, startSession } from './session.ts';

export const refreshPath = (type: UserType) => `${apiPrefix('user')}/${type}/auth/refresh`;

let inflight: Promise<string | null> | null = null;
let restoring: Promise<boolean> | null = null;

/** How a failed refresh is told: after a signed-in request failed, the shopper must sign in again. */
export type RefreshReason = 'expired' | 'restore';

async function refreshOnce(reason: RefreshReason): Promise<string | null> {
  const askedIn = sessionEpoch();
  try {
    const session = await http()
      .post(refreshPath(settings().userType), { credentials: 'include', context: noAuth, retry: 0 })
      .json<AuthSession>();
    // Signed out (or in again) while it was in flight: that answer must not bring the old session back.
    if (sessionEpoch() !== askedIn) return null;
    startSession(session);
    return session.accessToken;
  } catch (error) {
    const failure = toApiError(error);
    // Only a refusal ends the session; a network error or an unavailable user service leaves it to try later.
    if ((failure.status === 401 || failure.status === 403) && sessionEpoch() === askedIn) {
      const hadSession = shopStore.getState().session !== null;
      endSession();
      if (reason === 'expired' && hadSession)
        shopStore.getState().requireLogin({ reason: 'session_expired' });
    }
    return null;
  }
}

/** A new access token, or null; concurrent callers share one request. */
export function refreshAccessToken(reason: RefreshReason = 'expired'): Promise<string | null> {
  inflight ??= refreshOnce(reason).finally(() => {
    inflight = null;
  });
  return inflight;
}

/**
 * On page load: the access token died with the previous page, the refresh cookie did not. Tries one silent
 * refresh when this browser may have a session, and marks the store's session as resolved either way.
 * Resolves to whether a session was restored. Calling it again returns the first attempt.
 */
export function restoreSession(): Promise<boolean> {
  restoring ??= (async () => {
    try {
      if (!mayHaveSession(settings().userType)) return false;
      return (await refreshAccessToken('restore')) !== null;
    } finally {
      shopStore.getState().resolveSession();
    }
  })();
  return restoring;
}

/** The start-up restore while it runs: requests that went out without a token wait for it. */
export function pendingRestore(): Promise<boolean> | null {
  return restoring;
}

/** For tests: forget the start-up restore so the next one runs again. */
export function resetRestore(): void {
  restoring = null;
}
