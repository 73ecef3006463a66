/** Keys derived from a checkout's Idempotency-Key (its body fingerprint is the service kit's `fingerprint`). */
import { createHash } from 'node:crypto';

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
