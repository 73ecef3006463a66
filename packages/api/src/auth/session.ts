/**
 * Starting and ending a session on this page: the access token (memory), the store's session (what every
 * MFE shows), and the hint that lets the next page load restore it.
 */
import { type SessionUser, shopStore } from '@emporium/store';
import { rememberSessionHint, setAccessToken } from '../access-token.ts';

/** What the user service answers to sign-up, sign-in, OTP verification and refresh. */
export interface AuthSession {
  accessToken: string;
  tokenType: 'Bearer';
  /** Seconds until the access token expires. */
  expiresIn: number;
  user: SessionUser;
}

// Counts sessions started and ended on this page, so an answer that was asked for under an earlier one
// (a refresh still in flight when the shopper signed out or in as someone else) can tell it is stale.
let epoch = 0;

/** Which session this page is in now; it changes whenever one starts or ends. */
export function sessionEpoch(): number {
  return epoch;
}

export function startSession(session: AuthSession): void {
  epoch += 1;
  setAccessToken(session.accessToken);
  rememberSessionHint(session.user.type);
  shopStore.getState().setSession({ user: session.user, type: session.user.type });
}

/** Forgets the session here (the server side is the logout call's job). */
export function endSession(): void {
  epoch += 1;
  setAccessToken(null);
  rememberSessionHint(null);
  const state = shopStore.getState();
  state.setSession(null);
  // The count was the signed-in cart's; the guest's is different and read again by whoever shows it.
  state.setCartCount(null);
}
