/**
 * Database outage under load: a user service on a database of its own (the embedded FerretDB, SQLite files
 * in a data folder), steady reads and acknowledged writes (a wishlist entry per write: 201 means stored),
 * then the database process is stopped. /health must turn 503, requests must fail fast with 503, the
 * service must keep running; the database is started again on the same folder and port, and the service
 * must recover by itself. Afterwards every write that was acknowledged must be in the database.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, type RunningDatabase, startDatabase } from '@emporium/embedded-db';
import { apiPrefix, databaseName } from '@emporium/registry';
import { MongoClient } from 'mongodb';
import { type Session, signUp } from '../../../e2e/support/accounts.ts';
import { type DrillResult, Expectations, knob, sleep, step } from './drill.ts';
import { watchHealth } from './health-watch.ts';
import { errorCode, failureSummary, latencySummary, type Sample, send, startLoad } from './load.ts';
import { type DrillPlatform, type Replica, replicaEnv, startReplica } from './platform.ts';

const name = 'database outage';
/**
 * The service's database timeout (MONGODB_TIMEOUT_MS): a refusal may take this long (server selection),
 * plus slack for a busy machine. Failing slowly would mean hanging until the 30 s socket timeout.
 */
const timeoutMs = 2000;
const fastFailMs = timeoutMs + 2000;

export async function databaseOutage(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  const workers = knob('DRILL_CONNECTIONS', 8);
  const warmupMs = knob('DRILL_WARMUP_MS', 3000);
  const downMs = knob('DRILL_DOWN_MS', 5000);
  const settleMs = knob('DRILL_SETTLE_MS', 3000);
  const dataDir = await mkdtemp(join(tmpdir(), 'emporium-drill-db-'));
  const dbPort = await freePort();
  let database: RunningDatabase | undefined;
  let user: Replica | undefined;
  const health = { stop() {} } as { stop(): void };
  try {
    database = await startDatabase({ dataDir, port: dbPort });
    step(name, `database: ${database.description} (pid ${database.pid})`);
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    user = await startReplica(
      p,
      'user',
      'user',
      replicaEnv(p, 'user', {
        env: {
          MONGODB_URI: database.uri,
          MONGODB_TIMEOUT_MS: String(timeoutMs),
          JWKS_URL: `${url}${apiPrefix('user')}/.well-known/jwks.json`,
          COOKIE_SECURE: 'false',
        },
      }),
      port,
    );
    const pid = user.pid;
    step(name, `user service on it at ${url} (pid ${pid})`);
    // A wishlist holds 200 products: each worker writes to a shopper of its own until it is nearly full,
    // then to its next one, and only reads once all of its shoppers are full.
    const perWorker = 2;
    const shoppers = await Promise.all(Array.from({ length: workers * perWorker }, () => signUp(url)));
    const writesBy = new Array<number>(workers).fill(0);
    const watch = watchHealth(url);
    health.stop = watch.stop;

    // The outage window: from stopping the database until /health is 200 again. Inside it a 503 is the right
    // answer; outside it only success is.
    const outage = { from: Number.POSITIVE_INFINITY, to: Number.POSITIVE_INFINITY };
    const t0 = performance.now();
    const acknowledged: { userId: string; productId: string }[] = [];
    const load = startLoad(workers, async (worker, seq) => {
      const slot = Math.floor((writesBy[worker] ?? 0) / 190);
      const shopper = shoppers[worker * perWorker + Math.min(slot, perWorker - 1)] as Session;
      const headers = { authorization: `Bearer ${shopper.token}` };
      const write = seq % 2 === 0 && slot < perWorker;
      if (write) writesBy[worker] = (writesBy[worker] ?? 0) + 1;
      const productId = `drill-${worker}-${seq}`;
      const reply = write
        ? await send(`${url}${apiPrefix('user')}/me/wishlist/${productId}`, { method: 'PUT', headers })
        : await send(`${url}${apiPrefix('user')}/me/wishlist`, { headers });
      if (write && (reply.status === 201 || reply.status === 200)) {
        acknowledged.push({ userId: shopper.user.id, productId });
      }
      const success = reply.status === (write ? 201 : 200);
      return {
        op: write ? 'PUT wishlist' : 'GET wishlist',
        status: reply.status,
        ok: success,
        detail: errorCode(reply.body),
      };
    });
    step(name, `load: ${workers} connections, half wishlist writes (201 = stored), half reads`);
    await sleep(warmupMs);

    // SIGKILL (the default) is a crash: nothing is flushed or closed on the way out. SIGTERM is a shutdown.
    const signal = process.env.DRILL_DB_SIGNAL === 'SIGTERM' ? 'SIGTERM' : 'SIGKILL';
    step(name, `stopping the database (${signal} to pid ${database.pid})`);
    if (signal === 'SIGKILL' && database.pid) process.kill(database.pid, 'SIGKILL');
    outage.from = performance.now() - t0;
    await database.stop();
    database = undefined;
    const to503 = await watch.until(503, 15_000);
    step(name, `/health answers 503 ${to503} ms after the database exited`);
    await sleep(downMs);
    expect.check(
      user.running() && user.pid === pid,
      'the service process kept running through the outage',
      `pid ${user.pid}`,
    );

    step(name, `starting the database again on port ${dbPort}, same data folder`);
    const restartedAt = performance.now();
    database = await startDatabase({ dataDir, port: dbPort });
    const dbStartMs = Math.round(performance.now() - restartedAt);
    expect.check(
      database.uri === `mongodb://127.0.0.1:${dbPort}/`,
      'the database is back on its port',
      database.uri,
    );
    const recoveredIn = await watch.until(200, 60_000);
    outage.to = performance.now() - t0;
    step(
      name,
      `the database answered after ${dbStartMs} ms; /health 200 again ${recoveredIn} ms later (polled every 200 ms), same pid ${user.pid}`,
    );
    await sleep(settleMs);
    const samples = await load.stop();
    watch.stop();

    // A request belongs to the outage when any part of it (sent to answered) falls inside the window.
    const inOutage = (s: Sample) => s.at + s.ms >= outage.from && s.at < outage.to;
    const during = samples.filter(inOutage);
    const outside = samples.filter((s) => !inOutage(s));
    const refused = during.filter((s) => !s.ok);
    const wrongInOutage = refused.filter((s) => s.status !== 503);
    const slowest = Math.max(0, ...refused.map((s) => s.ms));
    const failedOutside = outside.filter((s) => !s.ok);
    const afterRecovery = samples.filter((s) => s.at >= outage.to);
    step(
      name,
      `${samples.length} requests: ${during.length} during the outage (${refused.length} refused), ${outside.length} outside it`,
    );
    for (const line of failureSummary(samples)) step(name, `  not 2xx: ${line}`);
    for (const line of latencySummary(samples)) step(name, `  ${line}`);

    expect.check(
      refused.length > 0,
      'requests during the outage were answered (with 503)',
      `${refused.length}`,
    );
    expect.check(
      wrongInOutage.length === 0,
      'every refusal during the outage was a 503',
      describe(wrongInOutage),
    );
    expect.check(
      slowest <= fastFailMs,
      `refusals were fast (at most ${fastFailMs} ms)`,
      `slowest ${Math.round(slowest)} ms`,
    );
    expect.check(
      afterRecovery.length > 0 && afterRecovery.every((s) => s.ok),
      'every request after recovery succeeded',
      `${afterRecovery.length} requests`,
    );
    expect.check(failedOutside.length === 0, 'nothing failed outside the outage', describe(failedOutside));

    const lost = await missingWrites(database.uri, acknowledged);
    expect.check(
      lost === 0,
      'every acknowledged write is in the database',
      `${acknowledged.length} acknowledged, ${lost} missing`,
    );
    expect.note(
      `/health 503 ${to503} ms after the database stopped; healthy again within ${dbStartMs + recoveredIn} ms of starting the database (which took ${dbStartMs} ms to answer), without a restart; slowest 503 ${Math.round(slowest)} ms`,
    );
    expect.note(
      `${refused.length} requests refused with 503 during the outage (expected); ${acknowledged.length} writes acknowledged`,
    );
    return expect.result({
      sent: samples.length,
      failed: wrongInOutage.length + failedOutside.length + (slowest > fastFailMs ? 1 : 0),
      lost,
    });
  } finally {
    health.stop();
    await user?.stop();
    await database?.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

function describe(samples: readonly Sample[]): string {
  return samples.length === 0 ? 'none' : failureSummary(samples).join('; ');
}

/** Acknowledged wishlist entries that are not in the user database. */
async function missingWrites(
  uri: string,
  writes: readonly { userId: string; productId: string }[],
): Promise<number> {
  const client = new MongoClient(uri, { serverSelectionTimeoutMS: 10_000 });
  try {
    const entries = client.db(databaseName('user')).collection<{ _id: string }>('wishlist');
    const ids = writes.map((w) => `${w.userId}:${w.productId}`);
    let found = 0;
    // FerretDB is slow with very large $in lists: ask in chunks.
    for (let i = 0; i < ids.length; i += 50) {
      found += await entries.countDocuments({ _id: { $in: ids.slice(i, i + 50) } });
    }
    return ids.length - found;
  } finally {
    await client.close();
  }
}
