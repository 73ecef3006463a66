/**
 * Ed25519 signing keys as JWKs: generating one, reading one (from the environment or the database), and
 * the public half the JWKS publishes. A key's id is its RFC 7638 thumbprint, so the same key always has the
 * same kid wherever it is loaded.
 */
import { createPrivateKey } from 'node:crypto';
import {
  type CryptoKey,
  calculateJwkThumbprint,
  exportJWK,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';

export const signingAlgorithm = 'EdDSA';

export interface PublicJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  kid: string;
  alg: typeof signingAlgorithm;
  use: 'sig';
}

export interface SigningKey {
  readonly kid: string;
  readonly privateKey: CryptoKey;
  readonly publicKey: CryptoKey;
  readonly publicJwk: PublicJwk;
}

/** A private Ed25519 JWK with only the members that define the key. */
export interface PrivateJwk {
  kty: 'OKP';
  crv: 'Ed25519';
  x: string;
  d: string;
}

function checkPrivateJwk(value: unknown, where: string): PrivateJwk {
  const jwk = value as Partial<Record<keyof PrivateJwk, unknown>> | null;
  if (jwk === null || typeof jwk !== 'object') throw new Error(`${where} is not a JSON object`);
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519')
    throw new Error(`${where} is not an Ed25519 key (kty OKP, crv Ed25519)`);
  for (const member of ['x', 'd'] as const) {
    const v = jwk[member];
    if (typeof v !== 'string' || !/^[A-Za-z0-9_-]{43}$/.test(v)) {
      throw new Error(`${where} has no valid "${member}" (a private key needs x and d, base64url)`);
    }
  }
  return { kty: 'OKP', crv: 'Ed25519', x: jwk.x as string, d: jwk.d as string };
}

export async function signingKeyFromJwk(value: unknown, where = 'the key'): Promise<SigningKey> {
  const jwk = checkPrivateJwk(value, where);
  const publicPart = { kty: jwk.kty, crv: jwk.crv, x: jwk.x };
  const kid = await calculateJwkThumbprint(publicPart);
  const privateKey = (await importJWK(jwk, signingAlgorithm)) as CryptoKey;
  const publicKey = (await importJWK(publicPart, signingAlgorithm)) as CryptoKey;
  return { kid, privateKey, publicKey, publicJwk: { ...publicPart, kid, alg: signingAlgorithm, use: 'sig' } };
}

/** A new key pair, with its private JWK for storing. */
export async function generateSigningKey(): Promise<{ key: SigningKey; privateJwk: PrivateJwk }> {
  const pair = await generateKeyPair(signingAlgorithm, { crv: 'Ed25519', extractable: true });
  const privateJwk = checkPrivateJwk((await exportJWK(pair.privateKey)) as JWK, 'the generated key');
  return { key: await signingKeyFromJwk(privateJwk), privateJwk };
}

/**
 * A key given as PKCS#8 PEM (what `openssl genpkey -algorithm ed25519` and Helm's `genPrivateKey "ed25519"`
 * write) becomes the same private JWK, so operators can generate keys with the tools they have.
 */
function jwkFromPem(pem: string, where: string): unknown {
  try {
    return createPrivateKey({ key: pem, format: 'pem' }).export({ format: 'jwk' });
  } catch {
    throw new Error(`${where} is not a readable PEM private key`);
  }
}

/**
 * JWT_SIGNING_KEYS: a JSON array of private Ed25519 keys, each a JWK or a PKCS#8 PEM string; the first signs.
 * Checked synchronously at start-up so a bad secret stops the process with a readable reason instead of
 * failing the first sign-in.
 */
export function parseSigningKeysSetting(setting: string): PrivateJwk[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(setting);
  } catch {
    throw new Error('JWT_SIGNING_KEYS is not valid JSON (expected an array of private Ed25519 JWKs)');
  }
  if (!Array.isArray(parsed) || parsed.length === 0) {
    throw new Error('JWT_SIGNING_KEYS must be a non-empty JSON array of private Ed25519 JWKs');
  }
  const jwks = parsed.map((key, i) => {
    const where = `JWT_SIGNING_KEYS[${i}]`;
    return checkPrivateJwk(typeof key === 'string' ? jwkFromPem(key, where) : key, where);
  });
  if (new Set(jwks.map((k) => k.x)).size !== jwks.length)
    throw new Error('JWT_SIGNING_KEYS lists a key twice');
  return jwks;
}
