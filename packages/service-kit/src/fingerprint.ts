/**
 * A stable hash of a JSON value: the same content in any key order gives the same fingerprint. Services
 * store it with an Idempotency-Key so the same key sent again with a different body can be refused.
 */
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

/** SHA-256 (base64url) of the value's canonical JSON. */
export function fingerprint(body: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify(canonical(body)))
    .digest('base64url');
}
