/**
 * The signing keys of the moment: one active key that signs, and every key that still verifies (the
 * active one first). Where the keys live is the business of the stores (configured-keys.ts, stored-keys.ts);
 * the rest of the service only sees this interface.
 */
import { errors, type JWTVerifyGetKey } from 'jose';
import type { PublicJwk, SigningKey } from './key-material.ts';

export interface KeyRing {
  readonly active: SigningKey;
  /** Newest first; includes the active key. */
  readonly verifying: readonly SigningKey[];
}

export interface SigningKeyStore {
  /** The current keys (cached briefly; reloaded when another replica may have rotated). */
  ring(): Promise<KeyRing>;
  /** Makes a new active key; the previous ones keep verifying for at least an access token's lifetime. */
  rotate(): Promise<KeyRing>;
  /** Reloads now if the last load is older than `minAgeMs` (a token with an unknown kid arrived). */
  reload(minAgeMs: number): Promise<KeyRing>;
  /** False when the keys come from the environment and rotation is the operator's job. */
  readonly rotatable: boolean;
}

export function publicJwks(ring: KeyRing): { keys: PublicJwk[] } {
  return { keys: ring.verifying.map((k) => k.publicJwk) };
}

// An unknown kid reloads the keys at most this often, so forged kids cannot hammer the database.
const unknownKidReloadMs = 5000;

/**
 * The verification key for a token, by its kid, as jose's key-resolver function. This is how the user
 * service verifies its own tokens without fetching its own JWKS over HTTP.
 */
export function keyResolver(store: SigningKeyStore): JWTVerifyGetKey {
  return async (header) => {
    const find = (ring: KeyRing) => ring.verifying.find((k) => k.kid === header.kid);
    const found = find(await store.ring()) ?? find(await store.reload(unknownKidReloadMs));
    if (!found) throw new errors.JWKSNoMatchingKey();
    return found.publicKey;
  };
}
