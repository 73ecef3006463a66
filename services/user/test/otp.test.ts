import { Writable } from 'node:stream';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { afterAll, describe, expect, it } from 'vitest';
import {
  api,
  buildUserService,
  client,
  refreshCookieOf,
  uniqueEmail,
  uniquePhone,
  userServiceUnderTest,
} from './helpers.ts';

const svc = userServiceUnderTest(import.meta.url, {
  OTP_TTL_SECONDS: '2',
  OTP_REQUESTS_PER_IDENTITY: '3',
  OTP_REQUESTS_PER_IP: '5',
});
const http = client(svc);

let ipCounter = 0;
/** Each test gets its own client address, so the per-IP limit of one test does not leak into another. */
const freshIp = () => `203.0.113.${++ipCounter}`;

describe('asking for a one-time code', () => {
  it('sends a six-digit code to an account by email and signs in with it, once', async () => {
    const { email, id } = await http.newAccount();
    const res = await http.requestOtp('customer', { email: email.toUpperCase() }, freshIp());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ expiresInSeconds: 2, resendAfterSeconds: 0 });
    const code = await http.latestCode(email);
    expect(code).toMatch(/^\d{6}$/);

    const signedIn = await http.verifyOtp('customer', { email, code });
    expect(signedIn.statusCode, signedIn.body).toBe(200);
    expect(signedIn.json()).toMatchObject({ tokenType: 'Bearer', user: { id, type: 'customer', email } });
    expect(refreshCookieOf(signedIn)?.value).toMatch(/^[\w-]{43}$/);

    const again = await http.verifyOtp('customer', { email, code });
    expect(again.statusCode).toBe(401);
    expect(again.json()).toMatchObject({ code: 'OTP_INVALID' });
  });

  it('sends a code by SMS to an account with that phone', async () => {
    const phone = uniquePhone();
    const { id } = await http.newAccount('seller', { phone });
    expect((await http.requestOtp('seller', { phone }, freshIp())).statusCode).toBe(202);
    const outbox = await http.inject({
      method: 'GET',
      url: `${api}/dev/outbox?to=${encodeURIComponent(phone)}`,
    });
    expect(outbox.json().items[0]).toMatchObject({ channel: 'sms', to: phone, subject: expect.any(String) });
    const code = await http.latestCode(phone);
    const res = await http.verifyOtp('seller', { phone, code });
    expect(res.statusCode).toBe(200);
    expect(res.json().user.id).toBe(id);
  });

  it('answers the same for an address without an account, and sends nothing', async () => {
    const nobody = uniqueEmail('nobody');
    const res = await http.requestOtp('customer', { email: nobody }, freshIp());
    expect(res.statusCode).toBe(202);
    expect(res.json()).toEqual({ expiresInSeconds: 2, resendAfterSeconds: 0 });
    expect(await http.latestCode(nobody)).toBeUndefined();
    // No code can sign anyone in, and the answer is the one for a wrong code.
    const verify = await http.verifyOtp('customer', { email: nobody, code: '123456' });
    expect(verify.statusCode).toBe(401);
    expect(verify.json()).toMatchObject({ code: 'OTP_INVALID' });
  });

  it("does not accept one user type's code on another type's endpoint", async () => {
    const { email } = await http.newAccount('customer');
    await http.requestOtp('customer', { email }, freshIp());
    const code = await http.latestCode(email);
    const res = await http.verifyOtp('seller', { email, code });
    expect(res.statusCode).toBe(401);
    expect((await http.verifyOtp('customer', { email, code })).statusCode).toBe(200);
  });

  it('replaces the previous code with a new request', async () => {
    const { email } = await http.newAccount();
    const ip = freshIp();
    await http.requestOtp('customer', { email }, ip);
    const first = await http.latestCode(email);
    let second = first;
    // Two random codes can be equal (one in a million); ask again until they differ.
    for (let i = 0; i < 2 && second === first; i++) {
      await http.requestOtp('customer', { email }, ip);
      second = await http.latestCode(email);
    }
    expect(second).not.toBe(first);
    expect((await http.verifyOtp('customer', { email, code: first })).statusCode).toBe(401);
    expect((await http.verifyOtp('customer', { email, code: second })).statusCode).toBe(200);
  });

  it('rejects an expired code with OTP_EXPIRED', async () => {
    const { email } = await http.newAccount();
    await http.requestOtp('customer', { email }, freshIp());
    const code = await http.latestCode(email);
    await new Promise((r) => setTimeout(r, 2100));
    const res = await http.verifyOtp('customer', { email, code });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toMatchObject({ code: 'OTP_EXPIRED' });
  });

  it('kills a code after five wrong guesses, even for the right code after that', async () => {
    const { email } = await http.newAccount();
    await http.requestOtp('customer', { email }, freshIp());
    const code = await http.latestCode(email);
    const wrong = code === '000000' ? '111111' : '000000';
    const guesses = await Promise.all(
      Array.from({ length: 7 }, () => http.verifyOtp('customer', { email, code: wrong })),
    );
    const codes = guesses.map((g) => g.json().code).sort();
    // Concurrent guesses cannot get past the limit: exactly five are checked.
    expect(codes.filter((c) => c === 'OTP_INVALID')).toHaveLength(5);
    expect(codes.filter((c) => c === 'OTP_ATTEMPTS_EXCEEDED')).toHaveLength(2);
    const right = await http.verifyOtp('customer', { email, code });
    expect(right.statusCode).toBe(429);
    expect(right.json()).toMatchObject({ code: 'OTP_ATTEMPTS_EXCEEDED' });
  });

  it('signs in exactly once when the right code arrives several times at once', async () => {
    const { email } = await http.newAccount();
    await http.requestOtp('customer', { email }, freshIp());
    const code = await http.latestCode(email);
    const results = await Promise.all(
      Array.from({ length: 4 }, () => http.verifyOtp('customer', { email, code })),
    );
    expect(results.filter((r) => r.statusCode === 200)).toHaveLength(1);
    for (const r of results.filter((r) => r.statusCode !== 200))
      expect(r.json()).toMatchObject({ code: 'OTP_INVALID' });
  });

  it('limits requests per email or phone, across client addresses, with Retry-After', async () => {
    const { email } = await http.newAccount();
    for (let i = 0; i < 3; i++)
      expect((await http.requestOtp('customer', { email }, freshIp())).statusCode).toBe(202);
    const limited = await http.requestOtp('customer', { email: email.toUpperCase() }, freshIp());
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    // The same limit for an address without an account: the limit gives nothing away either.
    const nobody = uniqueEmail('nobody');
    for (let i = 0; i < 3; i++)
      expect((await http.requestOtp('customer', { email: nobody }, freshIp())).statusCode).toBe(202);
    expect((await http.requestOtp('customer', { email: nobody }, freshIp())).statusCode).toBe(429);
  });

  it('limits requests per client address, whichever identities they name', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      expect((await http.requestOtp('customer', { email: uniqueEmail('spray') }, ip)).statusCode).toBe(202);
    }
    const limited = await http.requestOtp('customer', { email: uniqueEmail('spray') }, ip);
    expect(limited.statusCode).toBe(429);
    expect(limited.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(limited.headers['retry-after']).toBeDefined();
    // Another address is not affected.
    expect((await http.requestOtp('customer', { email: uniqueEmail('spray') }, freshIp())).statusCode).toBe(
      202,
    );
  });

  it('counts every IPv6 address of one /64 as one client', async () => {
    for (let i = 0; i < 5; i++) {
      const ip = `2001:db8:77:1::${(i + 1).toString(16)}`;
      expect((await http.requestOtp('customer', { email: uniqueEmail('v6') }, ip)).statusCode).toBe(202);
    }
    expect(
      (await http.requestOtp('customer', { email: uniqueEmail('v6') }, '2001:db8:77:1:ffff::9')).statusCode,
    ).toBe(429);
    expect(
      (await http.requestOtp('customer', { email: uniqueEmail('v6') }, '2001:db8:77:2::1')).statusCode,
    ).toBe(202);
  });

  it.each([
    ['no identity', {}],
    ['both email and phone', { email: 'a@example.com', phone: '+919812345678' }],
    ['a malformed phone', { phone: '12345' }],
    ['an unknown field', { email: 'a@example.com', channel: 'sms' }],
  ])('answers 400 to a request with %s', async (_label, body) => {
    const res = await http.requestOtp('customer', body, freshIp());
    expect(res.statusCode).toBe(400);
  });

  it.each([
    ['a five-digit code', { email: 'a@example.com', code: '12345' }],
    ['a code with letters', { email: 'a@example.com', code: '12a456' }],
    ['a numeric code', { email: 'a@example.com', code: 123456 }],
    ['no code', { email: 'a@example.com' }],
  ])('answers 400 to a verification with %s', async (_label, body) => {
    expect((await http.verifyOtp('customer', body)).statusCode).toBe(400);
  });
});

describe('the resend cool-down', () => {
  const db = useTestDatabase(import.meta.url);
  let built: Awaited<ReturnType<typeof buildUserService>> | undefined;
  afterAll(async () => built?.app.close());

  it('refuses a second code within OTP_RESEND_AFTER_SECONDS with 429 and Retry-After', async () => {
    built = await buildUserService(db, { OTP_RESEND_AFTER_SECONDS: '30' });
    const local = client({ app: () => built?.app as NonNullable<typeof built>['app'] });
    const { email } = await local.newAccount();
    const first = await local.requestOtp('customer', { email });
    expect(first.json()).toEqual({ expiresInSeconds: 300, resendAfterSeconds: 30 });
    const code = await local.latestCode(email);
    const early = await local.requestOtp('customer', { email });
    expect(early.statusCode).toBe(429);
    expect(early.json()).toMatchObject({ code: 'RATE_LIMITED' });
    expect(Number(early.headers['retry-after'])).toBeGreaterThan(25);
    // The first code still works.
    expect((await local.verifyOtp('customer', { email, code })).statusCode).toBe(200);
  });
});

describe('where codes go', () => {
  it('hides the dev outbox unless DEV_OUTBOX_ENABLED=true, and the log notifier never logs the code', async () => {
    const db = useTestDatabase(import.meta.url);
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk, _enc, done) {
        lines.push(String(chunk));
        done();
      },
    });
    const { app } = await buildUserService(
      db,
      { NOTIFIER: 'log', DEV_OUTBOX_ENABLED: 'false', LOG_LEVEL: 'info' },
      stream,
    );
    try {
      const local = client({ app: () => app });
      const { email } = await local.newAccount();
      expect((await local.requestOtp('customer', { email })).statusCode).toBe(202);
      const outbox = await app.inject({
        method: 'GET',
        url: `${api}/dev/outbox?to=${encodeURIComponent(email)}`,
      });
      expect(outbox.statusCode).toBe(404);
      expect(outbox.json()).toMatchObject({ code: 'ROUTE_NOT_FOUND' });

      const sent = lines.map((l) => JSON.parse(l)).find((l) => l.msg === 'message sent');
      expect(sent).toMatchObject({ channel: 'email', subject: expect.any(String) });
      expect(sent.to).not.toBe(email);
      expect(sent.to).toContain('***@example.com');
      expect(JSON.stringify(sent)).not.toMatch(/\b\d{6}\b/);
      expect(lines.join('\n')).not.toContain('sign-in code is');
    } finally {
      await app.close();
    }
  });
});
