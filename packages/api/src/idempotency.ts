/**
 * Idempotency keys for writes that must happen at most once (checkout): the caller makes one key per
 * attempt of the shopper's intent, sends it as `Idempotency-Key`, and sends the same key again if it
 * repeats the call after a timeout, so the service answers the first result instead of ordering twice.
 */
export const idempotencyHeader = 'Idempotency-Key';

/** A random UUID v4; getRandomValues also works where crypto.randomUUID does not (plain-http origins). */
export function newIdempotencyKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
