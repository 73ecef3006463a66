/** Every drill `make drills` can run: its key for DRILLS, what it does and when it passes. */
import { authAbuse } from './auth-abuse.ts';
import { badInputSweep } from './bad-input-sweep.ts';
import { databaseOutage } from './database-outage.ts';
import { dependencyOutage } from './dependency-outage.ts';
import type { DrillResult } from './drill.ts';
import type { DrillPlatform } from './platform.ts';
import { rollingRestart } from './rolling-restart.ts';

export interface DrillEntry {
  title: string;
  does: string;
  passes: string;
  run(p: DrillPlatform): Promise<DrillResult | DrillResult[]>;
}

export const drills: Record<string, DrillEntry> = {
  rolling: {
    title: 'rolling restart',
    does:
      'two product-service instances behind a local gateway under steady load (reads and product creations); ' +
      'SIGTERM one, wait for its exit, start it again, wait for /health 200; then the other',
    passes: 'no request fails; every product whose creation was acknowledged exists afterwards',
    run: rollingRestart,
  },
  database: {
    title: 'database outage',
    does:
      'a user service on a FerretDB of its own under steady load (wishlist reads and writes); kill the database (SIGKILL), ' +
      'keep it down, start it again on the same data folder and port',
    passes:
      '/health goes 503; requests during the outage answer 503 within the database timeout plus slack; the ' +
      'process keeps running and recovers without a restart; nothing fails outside the outage; every ' +
      'acknowledged write is in the database afterwards',
    run: databaseOutage,
  },
  dependency: {
    title: 'dependency outage',
    does:
      'shoppers with full carts check out through a cart-service replica whose logistics service is stopped; ' +
      'then logistics is started again and they check out once more',
    passes:
      'every checkout in the outage answers 503 DEPENDENCY_UNAVAILABLE naming logistics; stock unchanged; carts ' +
      'intact; cart service healthy; afterwards every checkout places an order and stock drops by exactly that',
    run: dependencyOutage,
  },
  auth: {
    title: 'auth abuse',
    does:
      'forged access tokens (tampered signature or claims, alg none, a foreign key, expired) against three ' +
      'services; refresh-token reuse and a refresh race; OTP guessing and code-request flooding',
    passes:
      'every forgery gets 401; no refresh succeeds after a reuse; a code locks after 5 wrong guesses and the ' +
      'right code then fails; code requests beyond the limits get 429',
    run: authAbuse,
  },
  // Last: its well-formed baselines change things (an admin rotates the signing key, sellers edit products).
  badinput: {
    title: 'bad-input sweep',
    does:
      "every route of every service, from the service's own OpenAPI document, broken one way at a time " +
      '(badInputCases), sent with credentials that get past authentication',
    passes: 'no 5xx; every error in the error shape; nothing accepted that its schema does not allow',
    run: badInputSweep,
  },
};
