/**
 * Every user type has its own set of auth endpoints (`/<type>/auth/...`). The other test files mostly
 * walk the customer's; this one walks the seller's and the admin's end to end, and checks that each
 * type's endpoints refuse bad input alike.
 */
import { devUsers } from '@emporium/dev-data';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSeedUsers } from '../src/seed/load.ts';
import { api, client, refreshCookieOf, type UserType, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url);
const http = client(svc);

beforeAll(async () => {
  await loadSeedUsers(svc.db.client.db(svc.db.name), []);
});

let ipCounter = 0;
const freshIp = () => `198.51.100.${++ipCounter}`;

describe.each(['seller', 'admin'] as const)('the %s auth endpoints', (type) => {
  const account = devUsers[type];

  it('sign in with a password, refresh (rotating the cookie), log out, and refuse the logged-out token', async () => {
    const login = await http.login(type, account.email, account.password);
    expect(login.statusCode, login.body).toBe(200);
    expect(login.json()).toMatchObject({ user: { id: account.id, type } });
    const first = refreshCookieOf(login);
    expect(first?.attrs.get('path')).toBe(`${api}/${type}/auth`);

    const refreshed = await http.refresh(type, first?.value);
    expect(refreshed.statusCode, refreshed.body).toBe(200);
    expect(refreshed.json().accessToken).toEqual(expect.any(String));
    const second = refreshCookieOf(refreshed)?.value;
    expect(second).toBeDefined();
    expect(second).not.toBe(first?.value);
    expect((await http.me(refreshed.json().accessToken)).json()).toMatchObject({ id: account.id, type });

    expect((await http.logout(type, second)).statusCode).toBe(204);
    const afterLogout = await http.refresh(type, second);
    expect(afterLogout.statusCode).toBe(401);
  });

  it('sign in with a one-time code; a wrong code is 401', async () => {
    const requested = await http.requestOtp(type, { email: account.email }, freshIp());
    expect(requested.statusCode, requested.body).toBe(202);
    const code = await http.latestCode(account.email);
    expect(code).toMatch(/^\d{6}$/);
    const wrong = code === '000000' ? '111111' : '000000';
    const refused = await http.verifyOtp(type, { email: account.email, code: wrong });
    expect(refused.statusCode).toBe(401);
    const signedIn = await http.verifyOtp(type, { email: account.email, code });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json()).toMatchObject({ user: { id: account.id, type } });
  });
});

describe('bad input on every user type’s auth endpoints', () => {
  it.each(['customer', 'seller', 'admin'] as UserType[])('%s: 400 in the error shape', async (type) => {
    for (const [path, payload] of [
      ['login', { email: 'not-an-email', password: 'x' }],
      ['login', { email: devUsers.customer.email }],
      ['otp/request', {}],
      ['otp/request', { email: { $ne: '' } }],
      ['otp/verify', { email: devUsers.customer.email, code: '12' }],
      ['otp/verify', { email: devUsers.customer.email, code: '123456', extra: true }],
      ['signup', { name: 'X', email: 'x@example.com' }],
    ] as const) {
      const res = await http.inject({
        method: 'POST',
        url: `${api}/${type}/auth/${path}`,
        payload,
        remoteAddress: freshIp(),
      });
      // Admin sign-up is refused whatever the body (no one signs up as an admin).
      const expected = type === 'admin' && path === 'signup' ? [400, 403] : [400];
      expect(expected, `${type} ${path} ${JSON.stringify(payload)}: ${res.body}`).toContain(res.statusCode);
      expect(res.json().code).toEqual(expect.any(String));
    }
  });

  it('refuses admin sign-up with 403 even with a complete body', async () => {
    const res = await http.signup('admin', {
      name: 'Would-be Admin',
      email: 'would-be-admin@example.com',
      password: 'correct horse battery',
    });
    expect(res.statusCode).toBe(403);
  });
});
