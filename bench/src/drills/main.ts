/**
 * `make drills`: the platform's behaviour under faults, with real processes and the real embedded
 * database. Each drill prints what it does step by step and ends with a row: requests or operations sent,
 * failed, lost, verdict. The summary is printed and (for a run of all drills) written to docs/drills.md;
 * the exit code is 1 when any drill breaks its expectation.
 *
 * Knobs (environment):
 *   DRILLS               comma-separated subset to run: rolling,database,dependency,auth,badinput (default all)
 *   DRILL_CONNECTIONS    concurrent connections of the steady load (8)
 *   DRILL_WARMUP_MS      load before the first fault (3000)
 *   DRILL_DOWN_MS        how long a stopped part stays down under load (3000 rolling, 5000 database)
 *   DRILL_SETTLE_MS      load after a part is back, before the next step (3000)
 *   DRILL_SHOPPERS       checkouts in the dependency-outage drill (4)
 *   DRILL_DB_SIGNAL      how the database is stopped: SIGKILL (default, a crash) or SIGTERM (a shutdown)
 *   LOG_LEVEL            the services' log level (warn); their last lines are printed when a drill fails
 */
import { join } from 'node:path';
import { printTable, type Table, writeReport } from '../report.ts';
import { drills } from './all-drills.ts';
import { type DrillResult, step } from './drill.ts';
import { LogTail, startDrillPlatform } from './platform.ts';

const chosen = (process.env.DRILLS ?? Object.keys(drills).join(','))
  .split(',')
  .map((d) => d.trim())
  .filter(Boolean);
for (const d of chosen)
  if (!drills[d]) throw new Error(`unknown drill "${d}"; known: ${Object.keys(drills).join(', ')}`);

const logs = new LogTail();
const results: DrillResult[] = [];
const t0 = performance.now();
step(
  'drills',
  `starting the platform (startPlatform, free ports, a temporary database) for: ${chosen.join(', ')}`,
);
const platform = await startDrillPlatform(logs);
step('drills', `platform up at ${platform.baseUrl} after ${Math.round(performance.now() - t0)} ms`);
// Ctrl-C: stop the platform; what the drills started themselves is killed when this process exits.
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void platform.stop().finally(() => process.exit(130));
  });
}
try {
  for (const key of chosen) {
    const drill = drills[key] as (typeof drills)[string];
    process.stdout.write(`\n== ${drill.title} ==\n`);
    const before = results.length;
    try {
      const outcome = await drill.run(platform);
      results.push(...(Array.isArray(outcome) ? outcome : [outcome]));
    } catch (err) {
      step(drill.title, `ERROR ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      results.push({
        drill: drill.title,
        sent: 0,
        failed: 1,
        lost: 0,
        pass: false,
        notes: [`error: ${String(err)}`],
      });
    }
    if (results.slice(before).some((r) => !r.pass)) {
      const tail = logs.tail(25);
      if (tail.length > 0) process.stdout.write(`last lines of the platform's logs:\n${tail.join('\n')}\n`);
    }
  }
} finally {
  await platform.stop();
}

const table: Table = {
  title: 'Reliability drills',
  method:
    'Real processes of the local platform (startPlatform on free ports, embedded FerretDB), faults made by stopping ' +
    'processes (SIGTERM for services, SIGKILL for the database); counts are over the whole drill (sent: requests ' +
    'or operations; failed: answers other than the expected one; lost: acknowledged writes or stock units missing ' +
    'afterwards).',
  columns: ['drill', 'sent', 'failed', 'lost', 'verdict'],
  rows: results.map((r) => [r.drill, r.sent, r.failed, r.lost, r.pass ? 'pass' : 'FAIL']),
  notes: results.flatMap((r) => r.notes.map((n) => `${r.drill}: ${n}`)),
};
const explained: Table = {
  title: 'What each drill does',
  method: 'Faults are real: processes stopped and started again, requests sent over HTTP to real services.',
  columns: ['drill', 'what it does', 'passes when'],
  rows: chosen.map((key) => {
    const d = drills[key] as (typeof drills)[string];
    return [d.title, d.does, d.passes];
  }),
};
printTable(table);
const seconds = Math.round((performance.now() - t0) / 1000);
// The page shows a whole run: a run of some drills (DRILLS=...) only prints.
if (chosen.length === Object.keys(drills).length) {
  await writeReport(
    join(platform.root, 'docs', 'drills.md'),
    { heading: 'Reliability drills', command: 'make drills' },
    [table, explained],
  );
  process.stdout.write(`\nwritten to docs/drills.md; ${seconds} s in all\n`);
} else {
  process.stdout.write(`\nsome drills only (DRILLS): docs/drills.md left as it is; ${seconds} s in all\n`);
}
process.exit(results.every((r) => r.pass) ? 0 : 1);
