import { useTestDatabase } from '@emporium/embedded-db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { api, buildUserService, client, refreshCookieOf, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);

describe('the refresh-token cookie', () => {
  it('is httpOnly, SameSite=Strict, Secure, scoped to its user type auth path, and lives as long as the token', async () => {
    for (const type of ['customer', 'seller'] as const) {
      const { email, password } = await http.newAccount(type);
      const cookie = refreshCookieOf(await http.login(type, email, password));
      expect(cookie?.attrs.get('path')).toBe(`${api}/${type}/auth`);
      expect(cookie?.attrs.has('httponly')).toBe(true);
      expect(cookie?.attrs.get('samesite')).toBe('Strict');
      expect(cookie?.attrs.has('secure')).toBe(true);
      expect(cookie?.attrs.get('max-age')).toBe(String(30 * 86400));
    }
  });
});

describe('refreshing', () => {
  it('rotates the refresh token on every use and returns a fresh access token', async () => {
    const account = await http.newAccount();
    const first = await http.refresh('customer', account.refreshToken);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ tokenType: 'Bearer', expiresIn: 900, user: { id: account.id } });
    const second = refreshCookieOf(first)?.value;
    expect(second).toMatch(/^[\w-]{43}$/);
    expect(second).not.toBe(account.refreshToken);
    expect((await http.me(first.json().accessToken)).statusCode).toBe(200);

    const third = await http.refresh('customer', second);
    expect(third.statusCode).toBe(200);
    expect(refreshCookieOf(third)?.value).not.toBe(second);
  });

  it('revokes the whole family when a used token comes back, the newest token included', async () => {
    const account = await http.newAccount();
    const rotated = await http.refresh('customer', account.refreshToken);
    const newest = refreshCookieOf(rotated)?.value;

    const replay = await http.refresh('customer', account.refreshToken);
    expect(replay.statusCode).toBe(401);
    expect(replay.json()).toMatchObject({ code: 'REFRESH_TOKEN_REUSED' });
    // The useless cookie is cleared along with the error.
    expect(refreshCookieOf(replay)?.attrs.get('max-age')).toBe('0');

    const legit = await http.refresh('customer', newest);
    expect(legit.statusCode).toBe(401);
    expect(legit.json()).toMatchObject({ code: 'REFRESH_TOKEN_REVOKED' });

    // Another sign-in of the same user is another family and is not affected.
    const other = await http.login('customer', account.email, account.password);
    expect((await http.refresh('customer', refreshCookieOf(other)?.value)).statusCode).toBe(200);
  });

  it('lets exactly one of several concurrent refreshes with the same token win', async () => {
    const account = await http.newAccount();
    const results = await Promise.all(
      Array.from({ length: 8 }, () => http.refresh('customer', account.refreshToken)),
    );
    const statuses = results.map((r) => r.statusCode);
    expect(statuses.filter((s) => s === 200)).toHaveLength(1);
    expect(statuses.filter((s) => s === 401)).toHaveLength(7);
    // Concurrent use is indistinguishable from theft: the family is revoked, the winner's token too.
    const winner = results.find((r) => r.statusCode === 200);
    const after = await http.refresh('customer', winner ? refreshCookieOf(winner)?.value : undefined);
    expect(after.statusCode).toBe(401);
    expect(after.json()).toMatchObject({ code: 'REFRESH_TOKEN_REVOKED' });
  });

  it("refuses one user type's token on another type's endpoint without using it up", async () => {
    const account = await http.newAccount('customer');
    for (const type of ['seller', 'admin'] as const) {
      const res = await http.refresh(type, account.refreshToken);
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({ code: 'INVALID_REFRESH_TOKEN' });
    }
    expect((await http.refresh('customer', account.refreshToken)).statusCode).toBe(200);
  });

  it('answers 401 without a cookie, and for a token it never issued', async () => {
    const missing = await http.refresh('customer');
    expect(missing.statusCode).toBe(401);
    expect(missing.json()).toMatchObject({ code: 'REFRESH_TOKEN_MISSING' });
    const forged = await http.refresh('customer', 'A'.repeat(43));
    expect(forged.json()).toMatchObject({ statusCode: 401, code: 'INVALID_REFRESH_TOKEN' });
    const garbage = await http.inject({
      method: 'POST',
      url: `${api}/customer/auth/refresh`,
      headers: { cookie: 'emporium_refresh=%00%ff{"$ne":1}' },
    });
    expect(garbage.json()).toMatchObject({ statusCode: 401, code: 'REFRESH_TOKEN_MISSING' });
  });
});

describe('logging out', () => {
  it('revokes the session, clears the cookie, and can be repeated', async () => {
    const account = await http.newAccount();
    const res = await http.logout('customer', account.refreshToken);
    expect(res.statusCode).toBe(204);
    const cleared = refreshCookieOf(res);
    expect(cleared?.value).toBe('');
    expect(cleared?.attrs.get('path')).toBe(`${api}/customer/auth`);
    expect(cleared?.attrs.get('max-age')).toBe('0');

    const refresh = await http.refresh('customer', account.refreshToken);
    expect(refresh.statusCode).toBe(401);
    expect(refresh.json()).toMatchObject({ code: 'REFRESH_TOKEN_REVOKED' });

    expect((await http.logout('customer', account.refreshToken)).statusCode).toBe(204);
    expect((await http.logout('customer')).statusCode).toBe(204);
  });

  it('does not sign a customer out through the seller endpoint', async () => {
    const account = await http.newAccount('customer');
    expect((await http.logout('seller', account.refreshToken)).statusCode).toBe(204);
    expect((await http.refresh('customer', account.refreshToken)).statusCode).toBe(200);
  });
});

describe('settings', () => {
  const db = useTestDatabase(import.meta.url);
  let built: Awaited<ReturnType<typeof buildUserService>> | undefined;
  afterAll(async () => built?.app.close());

  it('expires refresh tokens after REFRESH_TOKEN_TTL_SECONDS, and drops Secure only with COOKIE_SECURE=false', async () => {
    built = await buildUserService(db, { REFRESH_TOKEN_TTL_SECONDS: '1', COOKIE_SECURE: 'false' });
    const local = client({ app: () => built?.app as NonNullable<typeof built>['app'] });
    const account = await local.newAccount();
    const cookie = refreshCookieOf(await local.login('customer', account.email, account.password));
    expect(cookie?.attrs.has('secure')).toBe(false);
    expect(cookie?.attrs.get('max-age')).toBe('1');
    await new Promise((r) => setTimeout(r, 1100));
    const res = await local.refresh('customer', cookie?.value);
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'REFRESH_TOKEN_EXPIRED' });
  });
});
