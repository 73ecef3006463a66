import { randomBytes } from 'node:crypto';
import { type TestDatabase, useTestDatabase } from '@emporium/embedded-db/testing';
import { apiPrefix } from '@emporium/registry';
import { buildTestService } from '@emporium/service-kit/testing';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { importJWK, SignJWT } from 'jose';
import { afterAll, beforeAll } from 'vitest';
import { userService } from '../src/app.ts';
import { type UserConfig, userConfigSchema } from '../src/config.ts';
import { signingKeysCollection } from '../src/tokens/stored-keys.ts';

export const api = apiPrefix('user');

/** Settings for tests: the dev outbox on, no resend cool-down, activity events sent nowhere reachable. */
export const testEnv: Record<string, string> = {
  LOG_LEVEL: 'error',
  NOTIFIER: 'dev-outbox',
  DEV_OUTBOX_ENABLED: 'true',
  OTP_RESEND_AFTER_SECONDS: '0',
  ACTIVITY_SERVICE_URL: 'http://127.0.0.1:9',
};

export interface UserServiceUnderTest {
  db: TestDatabase;
  app(): FastifyInstance;
  config(): UserConfig;
}

export async function buildUserService(
  db: TestDatabase,
  env: Record<string, string> = {},
  logStream?: { write(line: string): void },
): Promise<{ app: FastifyInstance; config: UserConfig }> {
  const app = await buildTestService(userService, {
    schema: userConfigSchema,
    env: { ...testEnv, MONGODB_URI: db.uri, MONGODB_DATABASE: db.name, ...env },
    logger: logStream ? { stream: logStream } : undefined,
  });
  const config = app.serviceConfig as UserConfig;
  return { app, config };
}

/**
 * A user service on this test file's own database (real FerretDB). Returns getters because the app exists
 * only after beforeAll. `env` overrides settings for this file.
 */
export function userServiceUnderTest(
  testFileUrl: string,
  env: Record<string, string> = {},
): UserServiceUnderTest {
  const db = useTestDatabase(testFileUrl);
  let built: { app: FastifyInstance; config: UserConfig } | undefined;
  beforeAll(async () => {
    built = await buildUserService(db, env);
  });
  afterAll(async () => {
    await built?.app.close();
  });
  const get = () => {
    if (!built) throw new Error('app not ready');
    return built;
  };
  return { db, app: () => get().app, config: () => get().config };
}

export type UserType = 'customer' | 'seller' | 'admin';

export function uniqueEmail(label = 'user'): string {
  return `${label}-${randomBytes(5).toString('hex')}@example.com`;
}

export function uniquePhone(): string {
  return `+9191${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

/** The refresh-token cookie a response set: its value and attributes. */
export function refreshCookieOf(res: LightMyRequestResponse) {
  const header = res.headers['set-cookie'];
  const all = Array.isArray(header) ? header : header ? [header] : [];
  const raw = all.find((c) => c.startsWith('emporium_refresh='));
  if (!raw) return undefined;
  const [pair = '', ...attributes] = raw.split(';').map((p) => p.trim());
  const attrs = new Map(
    attributes.map((a) => {
      const [k = '', v = ''] = a.split('=');
      return [k.toLowerCase(), v] as const;
    }),
  );
  return { value: pair.slice('emporium_refresh='.length), attrs, raw };
}

export function cookieHeader(token: string) {
  return { cookie: `emporium_refresh=${token}` };
}

/** A small client for one app: the calls most tests make. */
export function client(svc: { app(): FastifyInstance }) {
  const inject = (options: InjectOptions) => svc.app().inject(options);
  return {
    inject,
    signup: (type: UserType, body: Record<string, unknown>) =>
      inject({ method: 'POST', url: `${api}/${type}/auth/signup`, payload: body }),
    login: (type: UserType, email: string, password: string) =>
      inject({ method: 'POST', url: `${api}/${type}/auth/login`, payload: { email, password } }),
    refresh: (type: UserType, token?: string) =>
      inject({
        method: 'POST',
        url: `${api}/${type}/auth/refresh`,
        headers: token ? cookieHeader(token) : {},
      }),
    logout: (type: UserType, token?: string) =>
      inject({
        method: 'POST',
        url: `${api}/${type}/auth/logout`,
        headers: token ? cookieHeader(token) : {},
      }),
    me: (token: string) => inject({ method: 'GET', url: `${api}/me`, headers: bearer(token) }),
    requestOtp: (type: UserType, body: Record<string, unknown>, ip = '198.51.100.1') =>
      inject({ method: 'POST', url: `${api}/${type}/auth/otp/request`, payload: body, remoteAddress: ip }),
    verifyOtp: (type: UserType, body: Record<string, unknown>) =>
      inject({ method: 'POST', url: `${api}/${type}/auth/otp/verify`, payload: body }),
    /** The newest one-time code the dev outbox holds for an address, if any. */
    async latestCode(to: string): Promise<string | undefined> {
      const res = await inject({ method: 'GET', url: `${api}/dev/outbox?to=${encodeURIComponent(to)}` });
      const text: string | undefined = res.json().items[0]?.text;
      return text?.match(/\b(\d{6})\b/)?.[1];
    },
    /** Signs up a fresh account and returns its session and refresh token. */
    async newAccount(type: 'customer' | 'seller' = 'customer', extra: Record<string, unknown> = {}) {
      const email = uniqueEmail(type);
      const password = 'correct horse battery';
      const res = await inject({
        method: 'POST',
        url: `${api}/${type}/auth/signup`,
        payload: { name: 'Test Person', email, password, ...extra },
      });
      if (res.statusCode !== 201) throw new Error(`signup failed: ${res.statusCode} ${res.body}`);
      const body = res.json();
      return {
        email,
        password,
        id: body.user.id as string,
        accessToken: body.accessToken as string,
        refreshToken: refreshCookieOf(res)?.value as string,
      };
    },
  };
}

/**
 * A token signed with the service's real active key (the newest stored one) but claims and times of the
 * test's choosing: how tests make an expired or misaddressed token that is otherwise genuine.
 */
export async function forgeToken(
  db: TestDatabase,
  claims: Record<string, unknown>,
  { iat, exp }: { iat: number; exp: number },
): Promise<string> {
  const [doc] = await signingKeysCollection(db.client.db(db.name))
    .find()
    .sort({ generation: -1 })
    .limit(1)
    .toArray();
  if (!doc) throw new Error('no signing key stored');
  const key = await importJWK(doc.privateJwk, 'EdDSA');
  return new SignJWT(claims)
    .setProtectedHeader({ alg: 'EdDSA', kid: doc._id })
    .setIssuedAt(iat)
    .setExpirationTime(exp)
    .sign(key);
}
