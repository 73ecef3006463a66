/**
 * `make bench-services`: how fast and how heavy the services are, measured side by side in one run, printed
 * as tables and written to docs/bench/services.md.
 *   1. the product list endpoint: our product service vs the same endpoint in plain Express 5 vs bare
 *      node:http (the limit), same database, data, query and driver; equal answers are checked first;
 *   2. the gateway's overhead: the same requests direct and through the local gateway;
 *   3. start-up time and idle memory of each of the nine services, and the idle memory of the whole
 *      local platform.
 * Settings (environment):
 *   BENCH_RUNS        measured runs (or starts) per contender, each figure their median (default 3)
 *   BENCH_DURATION_S  about how many seconds of load per run (default 5)
 *   BENCH_CONNECTIONS concurrent connections of the load generator (default 50)
 *   MONGODB_URI       use this MongoDB instead of the embedded FerretDB (databases emporium_bench_*,
 *                     dropped afterwards; the platform footprint then uses it as `make up` would)
 * Progress goes to stderr; the tables to stdout.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type RunningDatabase, repoRoot } from '@emporium/embedded-db';
import { services } from '@emporium/registry';
import { printTable, type Table, writeReport } from '../report.ts';
import { dropBenchDatabases, seedProductCatalog, startBenchDatabase } from './bench-database.ts';
import type { BenchContext } from './contenders.ts';
import { gatewayTable } from './gateway-overhead.ts';
import { hotPathTables } from './hot-path.ts';
import { platformTable } from './platform-footprint.ts';
import { stopAllServers } from './server-process.ts';
import { benchSettings } from './settings.ts';
import { startupTable } from './startup.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const settings = benchSettings();
const workDir = await mkdtemp(join(tmpdir(), 'emporium-bench-services-'));
let database: RunningDatabase | undefined;
let interrupted = false;

async function cleanUp(): Promise<void> {
  await stopAllServers();
  if (database?.kind === 'external')
    await dropBenchDatabases(
      database.uri,
      services.map((s) => s.name),
    );
  await database?.stop();
  await rm(workDir, { recursive: true, force: true });
}

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    interrupted = true;
    log(`\n${signal}: stopping everything the benchmark started...`);
    void cleanUp().finally(() => process.exit(130));
  });
}

const started = performance.now();
try {
  log(
    `bench-services: ${settings.runs} runs, ~${settings.durationS} s each, ${settings.connections} connections`,
  );
  database = await startBenchDatabase(workDir);
  log(`database: ${database.description}`);
  await seedProductCatalog(database.uri);
  const ctx: BenchContext = { databaseUri: database.uri, databasePid: database.pid, logDir: workDir };

  const tables: Table[] = [];
  const part = async (title: string, measure: () => Promise<Table | Table[]>) => {
    log(`\n${title}`);
    for (const table of [await measure()].flat()) {
      printTable(table);
      tables.push(table);
    }
  };
  await part('1. product list: ours vs Express vs node:http', () => hotPathTables(ctx, settings));
  await part('2. gateway overhead', () => gatewayTable(ctx, settings));
  await part('3. start-up and idle memory per service', () => startupTable(ctx, settings));
  await part('4. idle memory of the whole local platform', () => platformTable(workDir, workDir));

  const file = join(repoRoot(), 'docs', 'bench', 'services.md');
  await writeReport(
    file,
    { heading: 'Services: speed and footprint', command: 'make bench-services' },
    tables,
  );
  log(`\nwrote ${file} in ${((performance.now() - started) / 1000).toFixed(0)} s`);
} catch (err) {
  // After Ctrl-C the servers vanish under the run; that is not a failure worth a stack trace.
  if (!interrupted)
    log(`\nbench-services failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
  process.exitCode = 1;
} finally {
  await cleanUp();
}
