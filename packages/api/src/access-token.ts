/**
 * The access token: in this module's memory only. Never in localStorage or a readable cookie, where any
 * script injected into the page could take it; a reload loses it and the refresh cookie (httpOnly, which
 * no script can read) gets a new one.
 *
 * What does go to localStorage is a hint that a session may exist, with no secret in it: it lets a page
 * load skip the silent refresh for visitors who never signed in (a wasted request and a 401 per page).
 */
import type { UserType } from '@emporium/store';

let token: string | null = null;

export const sessionHintKey = 'emporium.session';

export function accessToken(): string | null {
  return token;
}

export function setAccessToken(next: string | null): void {
  token = next;
}

function storage(): Storage | undefined {
  try {
    return globalThis.window?.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** Whether a session of this user type may be waiting behind the refresh cookie. */
export function mayHaveSession(type: UserType): boolean {
  try {
    return storage()?.getItem(sessionHintKey) === type;
  } catch {
    return false;
  }
}

export function rememberSessionHint(type: UserType | null): void {
  try {
    if (type) storage()?.setItem(sessionHintKey, type);
    else storage()?.removeItem(sessionHintKey);
  } catch {
    // Without storage the next page load just skips the silent refresh.
  }
}
