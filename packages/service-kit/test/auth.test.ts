import { createServer, type Server } from 'node:http';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import type { FastifyInstance } from 'fastify';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseConfigSchema, createService, loadConfig } from '../src/index.ts';
import { testTokens } from '../src/testing/index.ts';
import { guardedService } from './fixtures/guarded-service.ts';

const db = useTestDatabase(import.meta.url);
const customer = { id: 'u-customer', type: 'customer' } as const;

async function app(
  env: Record<string, string>,
  tokenKeys?: Parameters<typeof createService>[1]['tokenKeys'],
) {
  const config = loadConfig(baseConfigSchema('cart'), {
    MONGODB_URI: db.uri,
    MONGODB_DATABASE: db.name,
    LOG_LEVEL: 'silent',
    ...env,
  });
  const service = await createService(guardedService, { config, tokenKeys });
  await service.ready();
  return service;
}

const get = (service: FastifyInstance, url: string, authorization?: string) =>
  service.inject({
    method: 'GET',
    url: `/cart-service/api/v1${url}`,
    headers: authorization ? { authorization } : {},
  });

describe('access tokens verified locally', () => {
  let service: FastifyInstance;
  let tokens: Awaited<ReturnType<typeof testTokens>>;
  beforeAll(async () => {
    tokens = await testTokens();
    service = await app({}, tokens.keys);
  });
  afterAll(() => service.close());

  it('names the user of a valid token and treats a request without one as a guest', async () => {
    const res = await get(service, '/whoami', `Bearer ${await tokens.token({ ...customer, name: 'Asha' })}`);
    expect(res.json()).toEqual({ user: { id: 'u-customer', type: 'customer', name: 'Asha' } });
    expect((await get(service, '/whoami')).json()).toEqual({ user: null });
  });

  it('answers 401 without a user and 403 for the wrong user type', async () => {
    const anonymous = await get(service, '/me');
    expect(anonymous.statusCode).toBe(401);
    expect(anonymous.json().code).toBe('UNAUTHENTICATED');
    const wrongType = await get(service, '/seller-only', `Bearer ${await tokens.token(customer)}`);
    expect(wrongType.statusCode).toBe(403);
    expect(wrongType.json().code).toBe('FORBIDDEN');
    const seller = await get(
      service,
      '/seller-only',
      `Bearer ${await tokens.token({ id: 's', type: 'seller' })}`,
    );
    expect(seller.statusCode).toBe(200);
  });

  it('rejects expired, tampered, unsigned and foreign tokens, even on routes guests may use', async () => {
    const expired = await get(
      service,
      '/whoami',
      `Bearer ${await tokens.token({ ...customer, expiresInSeconds: -5 })}`,
    );
    expect(expired.statusCode).toBe(401);
    expect(expired.json().code).toBe('TOKEN_EXPIRED');
    expect(expired.headers['www-authenticate']).toContain('invalid_token');

    const [header, payload, signature] = (await tokens.token(customer)).split('.');
    const claims = JSON.parse(Buffer.from(String(payload), 'base64url').toString());
    const forged = Buffer.from(JSON.stringify({ ...claims, userType: 'admin' })).toString('base64url');
    const unsigned = Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url');
    const { privateKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const foreign = await new SignJWT({ userType: 'admin', name: 'x' })
      .setProtectedHeader({
        alg: 'EdDSA',
        kid: JSON.parse(Buffer.from(String(header), 'base64url').toString()).kid,
      })
      .setSubject('u-admin')
      .setIssuer('emporium-user')
      .setAudience('emporium')
      .setIssuedAt()
      .setExpirationTime('5m')
      .sign(privateKey);
    const otherAudience = await testTokens({ audience: 'someone-else' });
    const cases = {
      tampered: `Bearer ${header}.${forged}.${signature}`,
      'alg none': `Bearer ${unsigned}.${payload}.`,
      'signed by another key': `Bearer ${foreign}`,
      'not a JWT': 'Bearer nonsense',
      'another scheme': `Basic ${Buffer.from('a:b').toString('base64')}`,
    };
    for (const [name, authorization] of Object.entries(cases)) {
      const res = await get(service, '/whoami', authorization);
      expect(res.statusCode, name).toBe(401);
      expect(res.json().code, name).toBe('INVALID_TOKEN');
    }
    const audience = await app({}, otherAudience.keys);
    const res = await get(audience, '/whoami', `Bearer ${await otherAudience.token(customer)}`);
    expect(res.statusCode).toBe(401);
    await audience.close();
  });
});

describe('keys from the published JWKS', () => {
  let jwksServer: Server;
  let published: object[] = [];
  let fetches = 0;
  let url = '';
  beforeAll(async () => {
    jwksServer = createServer((_req, res) => {
      fetches++;
      res.setHeader('content-type', 'application/json');
      res.end(JSON.stringify({ keys: published }));
    });
    await new Promise<void>((resolve) => jwksServer.listen(0, '127.0.0.1', resolve));
    const address = jwksServer.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/jwks.json`;
  });
  afterAll(() => new Promise((resolve) => jwksServer.close(resolve)));

  async function signingKey(kid: string) {
    const { privateKey, publicKey } = await generateKeyPair('EdDSA', { crv: 'Ed25519' });
    const jwk = { ...(await exportJWK(publicKey)), kid, alg: 'EdDSA', use: 'sig' };
    const sign = () =>
      new SignJWT({ userType: 'customer', name: 'Asha' })
        .setProtectedHeader({ alg: 'EdDSA', kid })
        .setSubject('u-1')
        .setIssuer('emporium-user')
        .setAudience('emporium')
        .setIssuedAt()
        .setExpirationTime('5m')
        .sign(privateKey);
    return { jwk, sign };
  }

  it('fetches the key set once, and again when a token names a new key (rotation without restart)', async () => {
    const first = await signingKey('key-1');
    const second = await signingKey('key-2');
    published = [first.jwk];
    const service = await app({ JWKS_URL: url });
    expect((await get(service, '/me', `Bearer ${await first.sign()}`)).statusCode).toBe(200);
    expect((await get(service, '/me', `Bearer ${await first.sign()}`)).statusCode).toBe(200);
    expect(fetches).toBe(1);

    published = [second.jwk, first.jwk];
    // Refetches on an unknown kid are at most one a second.
    await new Promise((r) => setTimeout(r, 1100));
    expect((await get(service, '/me', `Bearer ${await second.sign()}`)).statusCode).toBe(200);
    expect((await get(service, '/me', `Bearer ${await first.sign()}`)).statusCode).toBe(200);
    expect(fetches).toBe(2);
    await service.close();
  });

  it('answers 503 naming the user service when the keys cannot be fetched', async () => {
    const key = await signingKey('key-3');
    const service = await app({ JWKS_URL: 'http://127.0.0.1:9/jwks.json' });
    const res = await get(service, '/me', `Bearer ${await key.sign()}`);
    expect(res.statusCode).toBe(503);
    expect(res.json().code).toBe('DEPENDENCY_UNAVAILABLE');
    expect((await get(service, '/whoami')).statusCode).toBe(200);
    await service.close();
  });
});
