/**
 * Access tokens for tests: a fresh Ed25519 key, tokens signed with it exactly as the user service signs
 * them, and the key set a service under test verifies against (pass as `tokenKeys`).
 */
import { randomUUID } from 'node:crypto';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  type JWTVerifyGetKey,
  SignJWT,
} from 'jose';
import type { UserType } from '../auth/user.ts';

export interface TestTokenClaims {
  id: string;
  type: UserType;
  name?: string;
  /** Negative for a token that has already expired. */
  expiresInSeconds?: number;
}

export interface TestTokens {
  readonly keys: JWTVerifyGetKey;
  /** A signed access token. */
  token(claims: TestTokenClaims): Promise<string>;
  /** `{ authorization: 'Bearer ...' }` for inject and fetch. */
  headers(claims: TestTokenClaims): Promise<{ authorization: string }>;
}

export async function testTokens(options: { issuer?: string; audience?: string } = {}): Promise<TestTokens> {
  const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  const keys = createLocalJWKSet({ keys: [{ ...jwk, kid, alg: 'EdDSA', use: 'sig' }] });

  const token = async ({ id, type, name = `Test ${type}`, expiresInSeconds = 300 }: TestTokenClaims) => {
    const now = Math.floor(Date.now() / 1000);
    return new SignJWT({ userType: type, name })
      .setProtectedHeader({ alg: 'EdDSA', kid })
      .setSubject(id)
      .setIssuer(options.issuer ?? 'emporium-user')
      .setAudience(options.audience ?? 'emporium')
      .setIssuedAt(now - (expiresInSeconds < 0 ? 600 : 0))
      .setExpirationTime(now + expiresInSeconds)
      .setJti(randomUUID())
      .sign(privateKey);
  };

  return {
    keys,
    token,
    headers: async (claims) => ({ authorization: `Bearer ${await token(claims)}` }),
  };
}
