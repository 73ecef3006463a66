/**
 * The bad-input sweep of every running service (e2e/support/bad-input-sweep.ts, the same sweep the e2e
 * suite runs), counted: cases sent, 5xx answers (must be 0), error answers without the error shape,
 * broken requests accepted although their route's schema does not allow them, routes never reached past
 * authentication.
 */
import { logInAdmin, logInSeller, signUp } from '../../../e2e/support/accounts.ts';
import { runBadInputSweep, sweepLine } from '../../../e2e/support/bad-input-sweep.ts';
import { type DrillResult, Expectations, step } from './drill.ts';
import type { DrillPlatform } from './platform.ts';

const name = 'bad-input sweep';

export async function badInputSweep(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  const result = await runBadInputSweep({
    serviceUrls: p.serviceUrls,
    serviceKeys: Object.fromEntries(p.serviceKeys),
    sessions: {
      customer: await signUp(p.baseUrl),
      seller: await logInSeller(p.baseUrl),
      admin: await logInAdmin(p.baseUrl),
    },
    forwardedFor: '203.0.113.9',
  });
  for (const service of result.services) step(name, sweepLine(service));
  for (const failure of result.failures) step(name, failure);
  expect.check(
    result.serverErrors === 0,
    'no case answered 5xx',
    `${result.serverErrors} of ${result.total}`,
  );
  expect.check(
    result.failures.length === 0,
    'every error has the error shape, no broken request accepted unless its schema allows it, every route reached',
    `${result.failures.length} problems`,
  );
  expect.note(`${result.total} cases over ${result.services.length} services: ${result.serverErrors} 5xx`);
  return expect.result({ sent: result.total, failed: result.failures.length, lost: 0 });
}
