/**
 * Benchmark 3a: each of the nine services started alone, as the platform starts it (`node
 * services/<name>/src/server.ts` with its environment): milliseconds from spawn to the first 200 from
 * /health (which needs the database and the start-up work, such as indexes, done), and resident memory
 * after a few idle seconds. Starts are interleaved over the services, BENCH_RUNS of each; medians.
 */
import { join } from 'node:path';
import { freePort, repoRoot } from '@emporium/embedded-db';
import { services } from '@emporium/registry';
import { median, type Table } from '../report.ts';
import type { BenchContext } from './contenders.ts';
import { rssMiB } from './proc-stats.ts';
import { startServer } from './server-process.ts';
import { serviceEnv } from './service-env.ts';
import type { BenchSettings } from './settings.ts';

export const idleSeconds = 3;
const log = (line: string) => process.stderr.write(`${line}\n`);

export async function startupTable(ctx: BenchContext, settings: BenchSettings): Promise<Table> {
  const readyMs = new Map<string, number[]>(services.map((s) => [s.name, []]));
  const rss = new Map<string, number[]>(services.map((s) => [s.name, []]));
  for (let run = 1; run <= settings.runs; run++) {
    for (const { name } of services) {
      const port = await freePort();
      const server = await startServer({
        name: `${name}-service-start-${run}`,
        args: [join(repoRoot(), 'services', name, 'src', 'server.ts')],
        env: serviceEnv(name, ctx.databaseUri, port),
        url: `http://127.0.0.1:${port}`,
        logDir: ctx.logDir,
      });
      try {
        await new Promise((r) => setTimeout(r, idleSeconds * 1000));
        readyMs.get(name)?.push(server.readyMs);
        rss.get(name)?.push(rssMiB(server.pid));
        log(`  start ${run}/${settings.runs} ${name}: healthy after ${server.readyMs.toFixed(0)} ms`);
      } finally {
        await server.stop();
      }
    }
  }
  const rows = services.map(({ name }) => [
    name,
    median(readyMs.get(name) ?? []),
    median(rss.get(name) ?? []),
  ]);
  const totalRss = rows.reduce((sum, row) => sum + Number(row[2]), 0);
  const slowest = [...rows].sort((a, b) => Number(b[1]) - Number(a[1]))[0];
  return {
    title: 'Start-up and idle memory per service',
    method:
      `Each service started alone as its own process (node services/<name>/src/server.ts, LOG_LEVEL=info, ` +
      `its own database), ${settings.runs} starts each interleaved over the services; start-up is spawn to ` +
      `the first 200 from /health (database reachable and indexes ensured), polled every 20 ms; idle RSS is ` +
      `VmRSS after ${idleSeconds} s idle. Medians. The first start of each creates its indexes.`,
    columns: ['service', 'start-up to /health 200 ms', 'idle RSS MiB'],
    rows: [...rows, ['all nine (sum)', '', totalRss]],
    notes: slowest ? [`slowest to start: ${slowest[0]} (${Number(slowest[1]).toFixed(0)} ms)`] : [],
  };
}
