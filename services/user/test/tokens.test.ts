import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { devUsers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { ConfigError } from '@emporium/service-kit';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  UnsecuredJWT,
} from 'jose';
import { describe, expect, it } from 'vitest';
import { loadSeedUsers } from '../src/seed/load.ts';
import { readSeedAddresses } from '../src/seed/seed-file.ts';
import { signingKeysCollection } from '../src/tokens/stored-keys.ts';
import { api, bearer, buildUserService, client, forgeToken, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);

async function jwks() {
  const res = await http.inject({ method: 'GET', url: `${api}/.well-known/jwks.json` });
  expect(res.statusCode).toBe(200);
  return {
    body: res.json() as {
      keys: { kid: string; kty: string; crv: string; x: string; alg: string; use: string }[];
    },
    headers: res.headers,
  };
}

/** A token signed with the service's real active key but claims of the test's choosing. */
const forge = (claims: Record<string, unknown>, times: { iat: number; exp: number }) =>
  forgeToken(svc.db, claims, times);

const now = () => Math.floor(Date.now() / 1000);

describe('access tokens and the JWKS', () => {
  it('publishes Ed25519 public keys, cacheable for five minutes, with RFC 7638 kids and no private parts', async () => {
    const { body, headers } = await jwks();
    expect(headers['cache-control']).toBe('public, max-age=300');
    expect(body.keys.length).toBeGreaterThanOrEqual(1);
    for (const key of body.keys) {
      expect(key).toEqual({
        kty: 'OKP',
        crv: 'Ed25519',
        x: expect.any(String),
        kid: expect.any(String),
        alg: 'EdDSA',
        use: 'sig',
      });
      expect(key.kid).toBe(await calculateJwkThumbprint({ kty: key.kty, crv: key.crv, x: key.x }));
    }
  });

  it('signs access tokens that verify against the published JWKS, with the agreed claims', async () => {
    const account = await http.newAccount('seller');
    const { body } = await jwks();
    const { payload, protectedHeader } = await jwtVerify(account.accessToken, createLocalJWKSet(body), {
      issuer: 'emporium-user',
      audience: 'emporium',
      algorithms: ['EdDSA'],
    });
    expect(protectedHeader).toMatchObject({ alg: 'EdDSA', typ: 'JWT', kid: body.keys[0]?.kid });
    expect(payload).toEqual({
      sub: account.id,
      userType: 'seller',
      name: 'Test Person',
      iss: 'emporium-user',
      aud: 'emporium',
      iat: expect.any(Number),
      exp: expect.any(Number),
      jti: expect.stringMatching(/^[0-9a-f-]{36}$/),
    });
    expect((payload.exp ?? 0) - (payload.iat ?? 0)).toBe(900);
  });

  it('rejects expired, tampered, unsigned, foreign and misaddressed tokens on /me with 401', async () => {
    const account = await http.newAccount();
    const good = { sub: account.id, userType: 'customer', name: 'X', iss: 'emporium-user', aud: 'emporium' };
    expect((await http.me(await forge(good, { iat: now(), exp: now() + 60 }))).statusCode).toBe(200);

    const expired = await http.me(await forge(good, { iat: now() - 1000, exp: now() - 10 }));
    expect(expired.statusCode).toBe(401);
    expect(expired.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });

    const [header, payload, signature] = account.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const asAdmin = Buffer.from(JSON.stringify({ ...claims, userType: 'admin' })).toString('base64url');
    const tampered = await http.me(`${header}.${asAdmin}.${signature}`);
    expect(tampered.statusCode).toBe(401);
    expect(tampered.json()).toMatchObject({ code: 'INVALID_TOKEN' });

    const unsigned = new UnsecuredJWT(claims).encode();
    const none = await http.me(unsigned);
    expect(none.statusCode).toBe(401);
    const noneWithKid = `${Buffer.from(JSON.stringify({ alg: 'none', kid: decodeProtectedHeader(account.accessToken).kid })).toString('base64url')}.${payload}.`;
    expect((await http.me(noneWithKid)).statusCode).toBe(401);

    // Signed by a key the service does not know, even one claiming the service's kid.
    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    for (const kid of ['unknown-kid', decodeProtectedHeader(account.accessToken).kid]) {
      const foreign = await new SignJWT(claims)
        .setProtectedHeader({ alg: 'EdDSA', kid: kid ?? '' })
        .sign(stranger.privateKey);
      const res = await http.me(foreign);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    }

    for (const wrong of [{ iss: 'someone-else' }, { aud: 'another-platform' }, { userType: 'superuser' }]) {
      const res = await http.me(await forge({ ...good, ...wrong }, { iat: now(), exp: now() + 60 }));
      expect(res.statusCode, JSON.stringify(wrong)).toBe(401);
    }

    for (const authorization of [
      'Bearer',
      'Bearer not.a.jwt!',
      'Basic dXNlcjpwYXNz',
      `bearer ${account.accessToken}`,
    ]) {
      const res = await http.inject({ method: 'GET', url: `${api}/me`, headers: { authorization } });
      expect(res.statusCode, authorization).toBe(401);
    }
  });

  const shortLived = useTestDatabase(import.meta.url);

  it('expires access tokens after ACCESS_TOKEN_TTL_SECONDS', async () => {
    const db = shortLived;
    const { app } = await buildUserService(db, { ACCESS_TOKEN_TTL_SECONDS: '1' });
    try {
      const local = client({ app: () => app });
      const account = await local.newAccount();
      expect((await local.me(account.accessToken)).statusCode).toBe(200);
      await new Promise((r) => setTimeout(r, 2100));
      const res = await local.me(account.accessToken);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });
      // The refresh token still gets a new access token.
      expect((await local.refresh('customer', account.refreshToken)).statusCode).toBe(200);
    } finally {
      await app.close();
    }
  });
});

describe('rotating the signing key', () => {
  it('signs new tokens with a new kid while tokens signed before keep working', async () => {
    const db = svc.db.client.db(svc.db.name);
    await loadSeedUsers(db, await readSeedAddresses());
    const admin = (await http.login('admin', devUsers.admin.email, devUsers.admin.password)).json();
    const customer = await http.newAccount();
    const oldKid = decodeProtectedHeader(customer.accessToken).kid;

    const rotated = await http.inject({
      method: 'POST',
      url: `${api}/admin/signing-keys/rotate`,
      headers: bearer(admin.accessToken),
    });
    expect(rotated.statusCode, rotated.body).toBe(200);
    const { kid, publishedKids } = rotated.json();
    expect(kid).not.toBe(oldKid);
    expect(publishedKids[0]).toBe(kid);
    expect(publishedKids).toContain(oldKid);

    const published = (await jwks()).body.keys.map((k) => k.kid);
    expect(published).toEqual(publishedKids);

    expect((await http.me(customer.accessToken)).statusCode).toBe(200);
    const fresh = await http.login('customer', customer.email, customer.password);
    const freshToken = fresh.json().accessToken;
    expect(decodeProtectedHeader(freshToken).kid).toBe(kid);
    expect((await http.me(freshToken)).statusCode).toBe(200);
    // Both verify against the published set, which is what every other service does.
    const keys = createLocalJWKSet((await jwks()).body);
    await expect(jwtVerify(customer.accessToken, keys)).resolves.toBeDefined();
    await expect(jwtVerify(freshToken, keys)).resolves.toBeDefined();
  });

  it('is for admins only', async () => {
    const customer = await http.newAccount();
    const forbidden = await http.inject({
      method: 'POST',
      url: `${api}/admin/signing-keys/rotate`,
      headers: bearer(customer.accessToken),
    });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: 'FORBIDDEN' });
    const anonymous = await http.inject({ method: 'POST', url: `${api}/admin/signing-keys/rotate` });
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});

describe('signing keys from JWT_SIGNING_KEYS', () => {
  async function privateJwk() {
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519', extractable: true });
    const { kty, crv, x, d } = await exportJWK(privateKey);
    return { kty, crv, x, d };
  }

  const db = useTestDatabase(import.meta.url);

  it('signs with the first key, publishes all, stores none, and leaves rotation to the operator', async () => {
    const keys = [await privateJwk(), await privateJwk()];
    const kids = await Promise.all(
      keys.map((k) => calculateJwkThumbprint({ kty: k.kty, crv: k.crv, x: k.x })),
    );
    const { app } = await buildUserService(db, { JWT_SIGNING_KEYS: JSON.stringify(keys) });
    try {
      const local = client({ app: () => app });
      const published = (await app.inject({ method: 'GET', url: `${api}/.well-known/jwks.json` })).json();
      expect(published.keys.map((k: { kid: string }) => k.kid)).toEqual(kids);
      expect(JSON.stringify(published)).not.toContain(keys[0]?.d);
      const account = await local.newAccount();
      expect(decodeProtectedHeader(account.accessToken).kid).toBe(kids[0]);
      expect((await local.me(account.accessToken)).statusCode).toBe(200);
      expect(await signingKeysCollection(db.client.db(db.name)).countDocuments()).toBe(0);

      await loadSeedUsers(db.client.db(db.name), []);
      const admin = (await local.login('admin', devUsers.admin.email, devUsers.admin.password)).json();
      const rotate = await app.inject({
        method: 'POST',
        url: `${api}/admin/signing-keys/rotate`,
        headers: bearer(admin.accessToken),
      });
      expect(rotate.statusCode).toBe(409);
      expect(rotate.json()).toMatchObject({ code: 'SIGNING_KEYS_MANAGED_EXTERNALLY' });
    } finally {
      await app.close();
    }
  });

  it('reads PKCS#8 PEM keys, as the Helm chart generates them, beside JWKs', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    const pemKid = await calculateJwkThumbprint(
      createPublicKey(pem).export({ format: 'jwk' }) as { kty: string; crv: string; x: string },
    );
    const { app } = await buildUserService(db, {
      JWT_SIGNING_KEYS: JSON.stringify([pem, await privateJwk()]),
    });
    try {
      const account = await client({ app: () => app }).newAccount();
      expect(decodeProtectedHeader(account.accessToken).kid).toBe(pemKid);
      const published = (await app.inject({ method: 'GET', url: `${api}/.well-known/jwks.json` })).json();
      expect(published.keys).toHaveLength(2);
      expect(JSON.stringify(published)).not.toContain('PRIVATE');
    } finally {
      await app.close();
    }
  });

  it.each([
    ['not JSON', 'nope'],
    [
      'a PEM that is no key',
      JSON.stringify(['-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n']),
    ],
    [
      'an RSA PEM key',
      JSON.stringify([
        generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({
          type: 'pkcs8',
          format: 'pem',
        }),
      ]),
    ],
    ['an empty array', '[]'],
    ['a public key only', JSON.stringify([{ kty: 'OKP', crv: 'Ed25519', x: 'A'.repeat(43) }])],
    ['another key type', JSON.stringify([{ kty: 'EC', crv: 'P-256', x: 'a', y: 'b', d: 'c' }])],
  ])('stops the service at start-up when the setting is %s', async (_label, setting) => {
    await expect(buildUserService(db, { JWT_SIGNING_KEYS: setting })).rejects.toThrow(ConfigError);
    await expect(buildUserService(db, { JWT_SIGNING_KEYS: setting })).rejects.toThrow(/JWT_SIGNING_KEYS/);
  });
});
