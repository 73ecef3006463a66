import { describe, expect, it, vi } from 'vitest';
import { hashPassword } from '../src/passwords/password-hash.ts';
import { Users } from '../src/users/users.ts';
import { api, client, refreshCookieOf, uniqueEmail, uniquePhone, userServiceUnderTest } from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url, { LOGIN_ATTEMPTS_PER_IDENTITY: '6' });
const http = client(svc);

describe('signing up', () => {
  it.each(['customer', 'seller'] as const)('creates a %s account and signs it in', async (type) => {
    const email = uniqueEmail(type);
    const phone = uniquePhone();
    const res = await http.signup(type, {
      name: '  Meera Nair ',
      email: email.toUpperCase(),
      password: 'a long secret',
      phone,
    });
    expect(res.statusCode, res.body).toBe(201);
    const body = res.json();
    expect(body).toEqual({
      accessToken: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
      tokenType: 'Bearer',
      expiresIn: 900,
      user: { id: expect.any(String), type, name: 'Meera Nair', email, phone },
    });
    expect(refreshCookieOf(res)?.value).toMatch(/^[\w-]{43}$/);

    const me = await http.me(body.accessToken);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toEqual(body.user);
  });

  it('stores the password as a self-describing scrypt hash, never the password', async () => {
    const { id, password } = await http.newAccount();
    const doc = await new Users(svc.db.client.db(svc.db.name)).findById(id);
    expect(doc?.passwordHash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{86}$/);
    expect(doc?.passwordHash).not.toContain(password);
  });

  it('tells the activity service that someone signed up', async () => {
    const emit = vi.spyOn(svc.app().events, 'emit');
    const { id } = await http.newAccount('seller');
    expect(emit).toHaveBeenCalledWith({
      type: 'user.signed_up',
      subject: id,
      userId: id,
      data: { type: 'seller' },
    });
    emit.mockRestore();
  });

  it('refuses admin sign-ups', async () => {
    const res = await http.signup('admin', {
      name: 'Mallory',
      email: uniqueEmail(),
      password: 'a long secret',
    });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'SIGNUP_NOT_ALLOWED' });
  });

  it('refuses an email that is taken, whatever its case, and a phone that is taken', async () => {
    const phone = uniquePhone();
    const { email } = await http.newAccount('customer', { phone });
    const again = await http.signup('customer', {
      name: 'X',
      email: email.toUpperCase(),
      password: 'another secret',
    });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: 'EMAIL_TAKEN' });
    const samePhone = await http.signup('customer', {
      name: 'Y',
      email: uniqueEmail(),
      password: 'another secret',
      phone,
    });
    expect(samePhone.statusCode).toBe(409);
    expect(samePhone.json()).toMatchObject({ code: 'PHONE_TAKEN' });
  });

  it('keeps user types apart: the same email can be a customer and a seller', async () => {
    const { email } = await http.newAccount('customer');
    const seller = await http.signup('seller', { name: 'Shop', email, password: 'seller secret' });
    expect(seller.statusCode).toBe(201);
  });

  it.each([
    ['a short password', { password: 'short' }],
    ['an overlong password', { password: 'x'.repeat(129) }],
    ['a malformed email', { email: 'not-an-email' }],
    ['a phone that is not E.164', { phone: '98765 43210' }],
    ['a blank name', { name: '   ' }],
    ['an unknown field', { role: 'admin' }],
    ['a non-string password', { password: 12345678 }],
  ])('answers 400 to %s', async (_label, change) => {
    const res = await http.signup('customer', {
      name: 'Valid Name',
      email: uniqueEmail(),
      password: 'valid password',
      ...change,
    });
    expect(res.statusCode, res.body).toBe(400);
    expect(res.json()).toMatchObject({ code: 'VALIDATION_FAILED' });
  });
});

describe('signing in with a password', () => {
  it('signs in with the right password, in any email case', async () => {
    const { email, password, id } = await http.newAccount();
    const res = await http.login('customer', email.toUpperCase(), password);
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(id);
    expect(refreshCookieOf(res)?.value).toMatch(/^[\w-]{43}$/);
  });

  it('answers the same 401 for a wrong password, an unknown email and the wrong user type', async () => {
    const { email, password } = await http.newAccount('customer');
    const answers = await Promise.all([
      http.login('customer', email, 'wrong password'),
      http.login('customer', uniqueEmail('nobody'), password),
      http.login('seller', email, password),
      http.login('admin', email, password),
    ]);
    for (const res of answers) {
      expect(res.statusCode).toBe(401);
      expect(res.json()).toMatchObject({
        code: 'INVALID_CREDENTIALS',
        message: 'The email or password is not right',
      });
      expect(refreshCookieOf(res)).toBeUndefined();
    }
  });

  it('spends a full password hash on unknown emails too (no timing oracle)', async () => {
    const { email, password } = await http.newAccount();
    const time = async (address: string) => {
      const t0 = performance.now();
      await http.login('customer', address, `${password}!`);
      return performance.now() - t0;
    };
    const known: number[] = [];
    const unknown: number[] = [];
    for (let i = 0; i < 3; i++) {
      known.push(await time(email));
      unknown.push(await time(uniqueEmail('ghost')));
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[1] ?? 0;
    // Without the decoy hash an unknown email answers in a couple of milliseconds; scrypt takes tens.
    expect(median(unknown)).toBeGreaterThan(median(known) * 0.5);
  });

  it('upgrades a hash made with older scrypt parameters on the next sign-in', async () => {
    const users = new Users(svc.db.client.db(svc.db.name));
    const email = uniqueEmail('legacy');
    const old = await hashPassword('legacy password', { N: 2 ** 14, r: 8, p: 1 });
    const created = await users.create({
      type: 'customer',
      name: 'Old Timer',
      email,
      phone: null,
      passwordHash: old,
    });
    expect((await http.login('customer', email, 'legacy password')).statusCode).toBe(200);
    const stored = (await users.findById(created._id))?.passwordHash;
    expect(stored).toMatch(/^scrypt\$32768\$/);
    expect((await http.login('customer', email, 'legacy password')).statusCode).toBe(200);
  });

  it('limits sign-in attempts per account with 429 and Retry-After', async () => {
    const { email, password } = await http.newAccount();
    for (let i = 0; i < 6; i++)
      expect((await http.login('customer', email, 'guess number x')).statusCode).toBe(401);
    const limited = await http.login('customer', email, password);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers 400 to malformed sign-in bodies', async () => {
    for (const payload of [
      { email: 'a@b.co' },
      { email: 'a@b.co', password: '' },
      { email: { $ne: '' }, password: 'x' },
    ]) {
      const res = await svc.app().inject({ method: 'POST', url: `${api}/customer/auth/login`, payload });
      expect(res.statusCode, JSON.stringify(payload)).toBe(400);
    }
  });
});
