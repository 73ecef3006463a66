/**
 * Signing keys from the JWT_SIGNING_KEYS setting (a Kubernetes Secret): the first key signs, the others
 * only verify. The operator rotates by putting a new key first and dropping the oldest once every token it
 * signed has expired; the service never writes them anywhere.
 */
import { ApiError } from '@emporium/service-kit';
import { type PrivateJwk, signingKeyFromJwk } from './key-material.ts';
import type { KeyRing, SigningKeyStore } from './key-ring.ts';

export function configuredKeyStore(jwks: readonly PrivateJwk[]): SigningKeyStore {
  let loading: Promise<KeyRing> | undefined;
  const ring = () => {
    loading ??= Promise.all(jwks.map((jwk, i) => signingKeyFromJwk(jwk, `JWT_SIGNING_KEYS[${i}]`))).then(
      (keys) => {
        const [active] = keys;
        if (!active) throw new Error('JWT_SIGNING_KEYS is empty');
        return { active, verifying: keys };
      },
    );
    return loading;
  };
  return {
    rotatable: false,
    ring,
    reload: ring,
    rotate: async () => {
      throw new ApiError(
        409,
        'SIGNING_KEYS_MANAGED_EXTERNALLY',
        'Signing keys come from JWT_SIGNING_KEYS; rotate them by updating that secret',
      );
    },
  };
}
