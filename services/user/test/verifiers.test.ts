/**
 * Tokens as another service sees them: a real user service listening on a port, and a real support
 * service that knows nothing but its JWKS_URL (no local key set), as in production.
 */
import { devUsers } from '@emporium/dev-data';
import { freePort } from '@emporium/embedded-db';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { apiPrefix } from '@emporium/registry';
import { startTestService, type TestService } from '@emporium/service-kit/testing';
import { decodeProtectedHeader, generateKeyPair, SignJWT, UnsecuredJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { supportService } from '../../support/src/app.ts';
import { userService } from '../src/app.ts';
import { userConfigSchema } from '../src/config.ts';
import { loadSeedUsers } from '../src/seed/load.ts';
import { api, forgeToken, testEnv, uniqueEmail } from './helpers.ts';

const userDb = useTestDatabase(import.meta.url);
const supportDb = useTestDatabase(import.meta.url);
let users: TestService;
let support: TestService;

beforeAll(async () => {
  users = await startTestService(userService, {
    schema: userConfigSchema,
    env: { ...testEnv, MONGODB_URI: userDb.uri, MONGODB_DATABASE: userDb.name },
  });
  await loadSeedUsers(userDb.client.db(userDb.name), []);
  const nowhere = `http://127.0.0.1:${await freePort()}`;
  support = await startTestService(supportService, {
    env: {
      MONGODB_URI: supportDb.uri,
      MONGODB_DATABASE: supportDb.name,
      LOG_LEVEL: 'silent',
      JWKS_URL: `${users.url}${api}/.well-known/jwks.json`,
      CONTENT_SERVICE_URL: nowhere,
      ACTIVITY_SERVICE_URL: nowhere,
    },
  });
});
afterAll(async () => {
  await support?.close();
  await users?.close();
});

const supportApi = apiPrefix('support');

/** The signed-in customer's ticket list in the support service: needs a customer token that verifies. */
const supportTickets = (token: string) =>
  fetch(`${support.url}${supportApi}/tickets`, { headers: { authorization: `Bearer ${token}` } });

async function post(path: string, body: unknown, token?: string) {
  const res = await fetch(`${users.url}${api}${path}`, {
    method: 'POST',
    headers: {
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

async function newCustomer() {
  const email = uniqueEmail('verifier');
  const password = 'correct horse battery';
  const signup = await post('/customer/auth/signup', { name: 'Meera Iyer', email, password });
  expect(signup.status).toBe(201);
  return {
    id: (signup.body.user as { id: string }).id,
    email,
    password,
    token: signup.body.accessToken as string,
  };
}

const now = () => Math.floor(Date.now() / 1000);

describe('another service verifying user-service tokens through the JWKS', () => {
  it('accepts a genuine token and rejects expired, tampered, alg none and foreign ones with 401', async () => {
    const customer = await newCustomer();
    expect((await supportTickets(customer.token)).status).toBe(200);

    const claims = {
      sub: customer.id,
      userType: 'customer',
      name: 'X',
      iss: 'emporium-user',
      aud: 'emporium',
    };
    const expired = await supportTickets(
      await forgeToken(userDb, claims, { iat: now() - 1000, exp: now() - 10 }),
    );
    expect(expired.status).toBe(401);
    expect(await expired.json()).toMatchObject({ code: 'TOKEN_EXPIRED' });

    const [header, payload, signature] = customer.token.split('.');
    const decoded = JSON.parse(Buffer.from(payload ?? '', 'base64url').toString());
    const asAdmin = Buffer.from(JSON.stringify({ ...decoded, userType: 'admin' })).toString('base64url');
    const tampered = await supportTickets(`${header}.${asAdmin}.${signature}`);
    expect(tampered.status).toBe(401);
    expect(await tampered.json()).toMatchObject({ code: 'INVALID_TOKEN' });

    const kid = decodeProtectedHeader(customer.token).kid;
    const noneHeader = Buffer.from(JSON.stringify({ alg: 'none', kid })).toString('base64url');
    for (const unsigned of [new UnsecuredJWT(decoded).encode(), `${noneHeader}.${payload}.`]) {
      const res = await supportTickets(unsigned);
      expect(res.status).toBe(401);
      expect(await res.json()).toMatchObject({ code: 'INVALID_TOKEN' });
    }

    // Signed by a key the user service never published, even one claiming its kid.
    const stranger = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    for (const claimedKid of [kid ?? '', 'unknown-kid']) {
      const foreign = await new SignJWT(decoded)
        .setProtectedHeader({ alg: 'EdDSA', kid: claimedKid })
        .sign(stranger.privateKey);
      expect((await supportTickets(foreign)).status).toBe(401);
    }

    // A bad token is refused even where guests are welcome, before the route does anything.
    const help = await fetch(`${support.url}${supportApi}/help/categories`, {
      headers: { authorization: `Bearer ${header}.${asAdmin}.${signature}` },
    });
    expect(help.status).toBe(401);
  });

  it('verifies tokens signed with a rotated key without a restart, and keeps accepting the old ones', async () => {
    const customer = await newCustomer();
    const oldKid = decodeProtectedHeader(customer.token).kid;
    // The verifier has the current key set cached now.
    expect((await supportTickets(customer.token)).status).toBe(200);

    const admin = await post('/admin/auth/login', {
      email: devUsers.admin.email,
      password: devUsers.admin.password,
    });
    expect(admin.status).toBe(200);
    const rotated = await post('/admin/signing-keys/rotate', undefined, admin.body.accessToken as string);
    expect(rotated.status).toBe(200);
    const newKid = rotated.body.kid;
    expect(newKid).not.toBe(oldKid);

    // The verifier refetches the set at most once a second (a token with an unknown kid triggers it).
    await new Promise((resolve) => setTimeout(resolve, 1100));
    const fresh = await post('/customer/auth/login', { email: customer.email, password: customer.password });
    const freshToken = fresh.body.accessToken as string;
    expect(decodeProtectedHeader(freshToken).kid).toBe(newKid);
    expect((await supportTickets(freshToken)).status).toBe(200);
    expect((await supportTickets(customer.token)).status).toBe(200);
  });
});
