/**
 * Refresh-token reuse: a refresh token works once; presenting a used one (as a thief with a copy would)
 * must revoke the whole session family, so the newest token of the family stops working too. Also a race:
 * several refreshes with one token at the same moment, of which at most one may win. The count that
 * matters: refreshes after a reuse that still succeed (must be 0).
 */
import { signUp } from '../../../e2e/support/accounts.ts';
import { call } from '../../../e2e/support/http.ts';
import { type DrillResult, Expectations, step } from './drill.ts';
import type { DrillPlatform } from './platform.ts';

const name = 'refresh reuse';

async function refresh(baseUrl: string, cookie: string) {
  const reply = await call(baseUrl, 'user', 'POST', '/customer/auth/refresh', { headers: { cookie } });
  const next = reply.headers
    .getSetCookie()
    .find((c) => c.startsWith('emporium_refresh=') && !c.startsWith('emporium_refresh=;'));
  return { status: reply.status, code: String(reply.body.code ?? ''), cookie: next?.split(';')[0] };
}

export async function refreshReuse(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  let sent = 0;
  let acceptedAfterReuse = 0;

  // A copied token used after its owner has refreshed.
  const session = await signUp(p.baseUrl);
  const first = session.refreshCookie;
  const second = await refresh(p.baseUrl, first);
  sent++;
  expect.check(
    second.status === 200 && Boolean(second.cookie),
    'a refresh with a fresh token works',
    String(second.status),
  );
  const reuse = await refresh(p.baseUrl, first);
  sent++;
  expect.check(
    reuse.status === 401,
    'presenting the used token again is refused',
    `${reuse.status} ${reuse.code}`,
  );
  for (const [label, cookie] of [
    ['the newest token of the family', second.cookie ?? ''],
    ['the used token, once more', first],
    ['the newest token, once more', second.cookie ?? ''],
  ] as const) {
    const later = await refresh(p.baseUrl, cookie);
    sent++;
    if (later.status === 200) acceptedAfterReuse++;
    step(name, `after the reuse, ${label}: ${later.status} ${later.code}`);
  }

  // The race: several refreshes with one token at once.
  const raced = await signUp(p.baseUrl);
  const racers = 6;
  const replies = await Promise.all(
    Array.from({ length: racers }, () => refresh(p.baseUrl, raced.refreshCookie)),
  );
  sent += racers;
  const winners = replies.filter((r) => r.status === 200);
  step(name, `${racers} concurrent refreshes with one token: ${replies.map((r) => r.status).join(', ')}`);
  expect.check(winners.length <= 1, 'at most one of the concurrent refreshes won', `${winners.length}`);
  for (const winner of winners) {
    const later = await refresh(p.baseUrl, winner.cookie ?? '');
    sent++;
    if (later.status === 200) acceptedAfterReuse++;
    step(name, `the winner's next token after the others reused it: ${later.status} ${later.code}`);
  }

  expect.check(
    acceptedAfterReuse === 0,
    'no refresh succeeded after a reuse (family revoked)',
    `${acceptedAfterReuse}`,
  );
  expect.note(`${acceptedAfterReuse} refreshes succeeded after a reuse`);
  return expect.result({
    sent,
    failed: acceptedAfterReuse + (winners.length > 1 ? winners.length - 1 : 0),
    lost: 0,
  });
}
