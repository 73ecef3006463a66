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

export function startSession(session: AuthSession): void {
  setAccessToken(session.accessToken);
  rememberSessionHint(session.user.type);
  shopStore.getState().setSession({ user: session.user, type: session.user.type });
}

/** Forgets the session here (the server side is the logout call's job). */
export function endSession(): void {
  setAccessToken(null);
  rememberSessionHint(null);
  const state = shopStore.getState();
  state.setSession(null);
  // The count was the signed-in cart's; the guest's is different and read again by whoever shows it.
  state.setCartCount(null);
}
