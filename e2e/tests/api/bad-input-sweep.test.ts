/**
 * The generated bad-input sweep (e2e/support/bad-input-sweep.ts) over every running service: nothing
 * answers 5xx, errors keep their shape, a broken request succeeds only when its route's schema allows it,
 * and every route is reached past authentication.
 */
import { expect, inject, it } from 'vitest';
import { logInAdmin, logInSeller, signUp } from '../../support/accounts.ts';
import { runBadInputSweep, sweepLine } from '../../support/bad-input-sweep.ts';

const baseUrl = inject('baseUrl');

it('answers every generated bad input with a 4xx in the error shape, never a 5xx', {
  timeout: 600_000,
}, async () => {
  const result = await runBadInputSweep({
    serviceUrls: inject('serviceUrls'),
    serviceKeys: inject('serviceKeys'),
    sessions: {
      customer: await signUp(baseUrl),
      seller: await logInSeller(baseUrl),
      admin: await logInAdmin(baseUrl),
    },
    forwardedFor: '203.0.113.7',
  });
  process.stdout.write(
    `\nbad-input sweep: ${result.total} cases\n${result.services.map(sweepLine).join('\n')}\n`,
  );
  expect(result.failures).toEqual([]);
  expect(result.total).toBeGreaterThan(1000);
});
