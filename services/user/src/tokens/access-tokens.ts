/**
 * Short-lived access tokens: EdDSA JWTs with the claims docs/services.md lists, signed by the active key
 * and naming it in the `kid` header so verifiers pick the right public key from the JWKS.
 */
import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { signingAlgorithm } from './key-material.ts';
import type { SigningKeyStore } from './key-ring.ts';

export interface TokenSubject {
  id: string;
  type: 'customer' | 'seller' | 'admin';
  name: string;
}

export class AccessTokens {
  readonly #keys: SigningKeyStore;
  readonly #claims: { issuer: string; audience: string };
  readonly ttlSeconds: number;

  /** Issuer and audience are the JWT_ISSUER and JWT_AUDIENCE every verifier expects. */
  constructor(keys: SigningKeyStore, options: { ttlSeconds: number; issuer: string; audience: string }) {
    this.#keys = keys;
    this.#claims = { issuer: options.issuer, audience: options.audience };
    this.ttlSeconds = options.ttlSeconds;
  }

  async issue(user: TokenSubject): Promise<string> {
    const { active } = await this.#keys.ring();
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ userType: user.type, name: user.name })
      .setProtectedHeader({ alg: signingAlgorithm, kid: active.kid, typ: 'JWT' })
      .setSubject(user.id)
      .setIssuer(this.#claims.issuer)
      .setAudience(this.#claims.audience)
      .setIssuedAt(now)
      .setExpirationTime(now + this.ttlSeconds)
      .setJti(randomUUID())
      .sign(active.privateKey);
  }
}
