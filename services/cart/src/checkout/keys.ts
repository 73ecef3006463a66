/** Fingerprints and derived keys of a checkout's Idempotency-Key. */
import { createHash } from 'node:crypto';

/** Same JSON with keys sorted at every level, so property order never changes the fingerprint. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  }
  return value;
}

/** Identifies a request body: the same key with a different body is refused. */
export function fingerprint(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('base64url');
}

/** The claim's document id: keys are the shopper's, so they are scoped to the customer. */
export const claimId = (userId: string, key: string) => `${userId}:${key}`;

/**
 * The Idempotency-Key sent to the order service: derived from the customer and their key, so two
 * customers who happen to pick the same key never share an order, and every attempt with one key
 * (including a taken-over one) asks for the same order.
 */
export function orderKey(userId: string, key: string): string {
  return `checkout-${createHash('sha256').update(claimId(userId, key)).digest('base64url').slice(0, 43)}`;
}
