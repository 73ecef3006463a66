/**
 * Load runs over several targets, interleaved (a, b, c, a, b, c, ...) after one warm-up run each, so a
 * slow minute on a shared machine hits every target alike; each figure is then the median of its runs.
 * The warm-up also sizes the runs: each group of targets compared gets the number of requests its slowest
 * member answers in about BENCH_DURATION_S seconds (at least ten).
 */
import { median } from '../report.ts';
import { type MeasuredLoad, measureLoad } from './load.ts';
import type { BenchSettings } from './settings.ts';

export interface LoadTarget {
  key: string;
  url: string;
  /** Processes whose CPU time per request is measured (server, database, gateway). */
  watch: Readonly<Record<string, number | undefined>>;
  /**
   * Targets compared with each other: they get the same number of requests per run, so as many requests
   * are in flight against each (the slowest one's size); latency under different load is no comparison.
   */
  group: string;
}

export interface LoadSummary {
  rps: number;
  p50Ms: number;
  p99Ms: number;
  /** Median CPU ms per 1000 requests of each watched process. */
  cpuMsPerK: Record<string, number>;
  /** Slowest and fastest run, to show the spread the medians come from. */
  rpsRange: [number, number];
  /** Failed requests over all measured runs. */
  failures: number;
  /** Requests sent in each run. */
  requestsPerRun: number;
  runs: number;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

export async function interleavedLoad(
  targets: readonly LoadTarget[],
  settings: BenchSettings,
): Promise<Map<string, LoadSummary>> {
  const { connections } = settings;
  // Ten requests at least: a list request on the embedded database can take a second of database time.
  const fewest = Math.min(connections, 10);
  const size = (rps: number, seconds: number) => Math.max(fewest, Math.round(rps * seconds));
  const amounts = new Map<string, number>();
  for (const t of targets) {
    // Warm up until a run lasts a couple of seconds: the JIT is warm then, and the pace it measured sizes
    // the real runs (a cold first run underestimates a fast server several times over).
    let warm = await measureLoad({ connections, url: t.url, amount: fewest }, t.watch);
    for (let i = 0; i < 4 && warm.durationS < 1.5; i++) {
      warm = await measureLoad({ connections, url: t.url, amount: size(warm.rps, 2) }, t.watch);
    }
    const amount = size(warm.rps, settings.durationS);
    amounts.set(t.group, Math.min(amounts.get(t.group) ?? amount, amount));
    log(`  warm-up ${t.key}: ${warm.rps.toFixed(1)} req/s`);
  }
  const runs = new Map<string, MeasuredLoad[]>(targets.map((t) => [t.key, []]));
  for (let run = 1; run <= settings.runs; run++) {
    for (const t of targets) {
      const amount = amounts.get(t.group) ?? connections;
      const result = await measureLoad({ connections, url: t.url, amount }, t.watch);
      log(`  run ${run}/${settings.runs} ${t.key}: ${result.rps.toFixed(1)} req/s, p99 ${result.p99Ms} ms`);
      runs.get(t.key)?.push(result);
    }
  }
  const summaries = new Map<string, LoadSummary>();
  for (const [key, results] of runs) {
    const cpuMsPerK: Record<string, number> = {};
    for (const name of Object.keys(results[0]?.cpuMsPerK ?? {})) {
      cpuMsPerK[name] = median(results.map((r) => r.cpuMsPerK[name] ?? 0));
    }
    const rates = results.map((r) => r.rps);
    summaries.set(key, {
      rps: median(rates),
      rpsRange: [Math.min(...rates), Math.max(...rates)],
      p50Ms: median(results.map((r) => r.p50Ms)),
      p99Ms: median(results.map((r) => r.p99Ms)),
      cpuMsPerK,
      failures: results.reduce((sum, r) => sum + r.failures, 0),
      requestsPerRun: median(results.map((r) => r.requests)),
      runs: results.length,
    });
  }
  return summaries;
}
