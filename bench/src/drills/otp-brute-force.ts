/**
 * One-time-code brute force: wrong guesses at a code until it is locked (after OTP_MAX_ATTEMPTS, 5 by
 * default), then the right code, which must not sign in any more; asking for codes again and again for one
 * address and from one client address must be rate limited. The count that matters: guesses and requests
 * accepted beyond the limits (must be 0).
 */
import { randomInt, randomUUID } from 'node:crypto';
import { latestCode, signUp } from '../../../e2e/support/accounts.ts';
import { call } from '../../../e2e/support/http.ts';
import { type DrillResult, Expectations, step } from './drill.ts';
import type { DrillPlatform } from './platform.ts';

const name = 'OTP brute force';
/** The user service's defaults (services/user/src/config.ts), which the local run keeps. */
const maxAttempts = 5;
const requestsPerIp = 20;

export async function otpBruteForce(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  // A documentation address of its own (TEST-NET-3), believed from the gateway: its own rate-limit buckets.
  const ip = `203.0.113.${randomInt(1, 255)}`;
  const headers = { 'x-forwarded-for': ip };
  const otp = (path: string, body: unknown) =>
    call(p.baseUrl, 'user', 'POST', `/customer/auth/otp/${path}`, { body, headers });
  let sent = 0;
  let accepted = 0;

  const shopper = await signUp(p.baseUrl);
  const requested = await otp('request', { email: shopper.email });
  sent++;
  expect.check(requested.status === 202, 'a code is sent', String(requested.status));
  const code = await latestCode(p.baseUrl, shopper.email);

  const guesses = maxAttempts + 5;
  const answers: string[] = [];
  for (let i = 0; i < guesses; i++) {
    const wrong = String((Number(code) + 1 + i) % 1_000_000).padStart(6, '0');
    const reply = await otp('verify', { email: shopper.email, code: wrong });
    sent++;
    if (reply.status === 200) accepted++;
    answers.push(`${reply.status} ${String(reply.body.code ?? '')}`);
  }
  step(name, `${guesses} wrong guesses: ${summarise(answers)}`);
  const lockedFrom = answers.findIndex((a) => a.startsWith('429'));
  expect.check(
    lockedFrom === maxAttempts,
    `locked after ${maxAttempts} wrong guesses`,
    `first 429 at guess ${lockedFrom + 1}`,
  );
  const right = await otp('verify', { email: shopper.email, code });
  sent++;
  if (right.status === 200) accepted++;
  expect.check(
    right.status === 429,
    'the right code no longer signs in once locked',
    `${right.status} ${String(right.body.code ?? '')}`,
  );

  const again: string[] = [];
  for (let i = 0; i < 5; i++) {
    const reply = await otp('request', { email: shopper.email });
    sent++;
    if (reply.status === 202) accepted++;
    again.push(`${reply.status} ${String(reply.body.code ?? '')}`);
  }
  step(name, `5 more code requests for the same address at once: ${summarise(again)}`);
  expect.check(
    again.every((a) => a.startsWith('429')),
    'asking again straight away is rate limited',
  );

  const spread: number[] = [];
  for (let i = 0; i < requestsPerIp + 5; i++) {
    const reply = await otp('request', { email: `nobody-${randomUUID()}@test.emporium.dev` });
    sent++;
    spread.push(reply.status);
  }
  step(
    name,
    `${spread.length} code requests for different addresses from one client: ${summarise(spread.map(String))}`,
  );
  // Every code request of this drill came from the one client address and counts against its limit.
  const fromClient = [requested.status, ...again.map((a) => Number(a.slice(0, 3))), ...spread];
  const overLimit = Math.max(0, fromClient.filter((s) => s === 202).length - requestsPerIp);
  accepted += overLimit;
  expect.check(
    overLimit === 0 && spread.at(-1) === 429,
    `at most ${requestsPerIp} code requests per client address, then 429`,
    `${fromClient.filter((s) => s === 202).length} of ${fromClient.length} accepted`,
  );

  expect.check(accepted === 0, 'no guess or request beyond the limits was accepted', `${accepted}`);
  expect.note(
    `${guesses + 1} guesses (the last one right) and ${spread.length + 6} code requests; ${accepted} accepted beyond the limits`,
  );
  return expect.result({ sent, failed: accepted, lost: 0 });
}

/** "401 OTP_INVALID x5, 429 OTP_ATTEMPTS_EXCEEDED x5": runs of equal answers. */
function summarise(answers: readonly string[]): string {
  const runs: [string, number][] = [];
  for (const a of answers) {
    const last = runs.at(-1);
    if (last && last[0] === a) last[1]++;
    else runs.push([a, 1]);
  }
  return runs.map(([a, n]) => `${a.trim()} x${n}`).join(', ');
}
