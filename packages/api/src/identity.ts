/**
 * Who and what is calling, sent on every request: a stable guest id (the guest cart and analytics key on
 * it until the shopper logs in) and a short device description. Both follow the services' header rules:
 * x-guest-id ^[A-Za-z0-9_-]{8,64}$, x-device-info printable ASCII up to 512 characters.
 */
export const guestIdKey = 'emporium.guestId';
export const guestIdPattern = /^[A-Za-z0-9_-]{8,64}$/;

// Kept here too, so storage that throws (privacy modes) or is missing (Node) still gives one id per page.
let memoryGuestId: string | undefined;

// Read through `window`: outside a browser there is none (and Node's own localStorage only warns).
function storage(): Storage | undefined {
  try {
    return globalThis.window?.localStorage ?? undefined;
  } catch {
    return undefined;
  }
}

/** 18 random bytes as base64url: 24 characters. getRandomValues also works outside secure contexts. */
function newGuestId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(18));
  return btoa(String.fromCharCode(...bytes))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');
}

export function guestId(): string {
  const store = storage();
  let stored: string | null | undefined;
  try {
    stored = store?.getItem(guestIdKey);
  } catch {
    stored = undefined;
  }
  if (stored && guestIdPattern.test(stored)) return stored;
  if (memoryGuestId) return memoryGuestId;
  memoryGuestId = newGuestId();
  try {
    store?.setItem(guestIdKey, memoryGuestId);
  } catch {
    // Storage full or refused: the in-memory id still serves this page.
  }
  return memoryGuestId;
}

/** For example `web; 1440x900; en-IN`. */
export function deviceInfo(): string {
  const screen = globalThis.screen;
  const size = screen ? `${screen.width}x${screen.height}` : 'unknown';
  const language = globalThis.navigator?.language ?? 'unknown';
  return `web; ${size}; ${language}`.replace(/[^\x20-\x7e]/g, '?').slice(0, 512);
}
