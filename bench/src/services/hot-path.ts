/**
 * Benchmark 1: the product list endpoint, ours against plain Express 5 and bare node:http, on the same
 * database and data. Checks first that all answer alike, then runs interleaved load twice:
 *   - the list route answering without the database: a search of stop words only (`q=the`) runs the same
 *     route, hooks, validation, logging and serialization but needs no query, so the frameworks' own
 *     cost shows (and the servers' JIT is warm for what follows);
 *   - the real list request (a category page), where the embedded database takes most of the time.
 * A fourth row runs our service with request logs off (LOG_LEVEL=warn), to show what its log lines cost.
 */
import { ratio, type Table } from '../report.ts';
import { type BenchContext, contenders } from './contenders.ts';
import { interleavedLoad, type LoadSummary } from './interleave.ts';
import { listPath } from './plain-database.ts';
import { assertSameWork, loadQuery } from './same-work.ts';
import type { ServerProcess } from './server-process.ts';
import type { BenchSettings } from './settings.ts';

const log = (line: string) => process.stderr.write(`${line}\n`);
const quietKey = 'ours-quiet';
const bareQuery = '?q=the';

const labels: Record<string, string> = {
  ours: 'ours: product service (Fastify 5 + service kit)',
  express: 'Express 5 + driver, plain',
  raw: 'limit: node:http + driver',
  [quietKey]: 'diagnostic: ours with LOG_LEVEL=warn',
};

export async function hotPathTables(ctx: BenchContext, settings: BenchSettings): Promise<Table[]> {
  const servers = new Map<string, ServerProcess>();
  try {
    for (const c of contenders) servers.set(c.key, await c.start(ctx));
    const ours = contenders[0];
    if (ours) servers.set(quietKey, await ours.start(ctx, { LOG_LEVEL: 'warn' }));
    const urls = Object.fromEntries([...servers].map(([key, s]) => [key, s.url]));
    const checked = await assertSameWork(urls);
    log(`  same work: ${servers.size} servers gave equal answers to ${checked} requests`);
    const load = (query: string, group: string, durationS: number) =>
      interleavedLoad(
        [...servers].map(([key, s]) => ({
          key,
          url: `${s.url}${listPath}${query}`,
          watch: { server: s.pid, database: ctx.databasePid },
          group,
        })),
        { ...settings, durationS },
      );
    log('  without the database:');
    const bareDuration = Math.min(settings.durationS, 3);
    const bare = await load(bareQuery, 'bare', bareDuration);
    log('  the category page:');
    const list = await load(loadQuery, 'list', settings.durationS);
    const same = `Before timing, all servers gave equal answers (bodies, totals, cursors, error codes) to ${checked} requests.`;
    const how = (durationS: number) =>
      `each server its own process on one database with the seeded catalog; autocannon in its own ` +
      `process, ${settings.connections} connections (fewer when a run sends fewer requests), the same ` +
      `number of requests per run for every server (about ${durationS} s of load for the slowest, sized by ` +
      `a warm-up), ${settings.runs} runs each, interleaved; medians. CPU: all the process's threads ` +
      `(JavaScript, GC, I/O) over a run, per request answered.`;
    return [
      comparison(
        'Service hot path: product list endpoint',
        `GET ${listPath}${loadQuery} (24 products of one category, with total and cursor); ${how(settings.durationS)} ${same}`,
        list,
      ),
      comparison(
        'Service hot path without the database: the same route, nothing to query',
        `GET ${listPath}${bareQuery}: the list route with a search of stop words only, which every server ` +
          `answers with an empty page without a query, so only the framework's work is left (routing, ` +
          `hooks, validation, logging, serialization); ${how(bareDuration)} Run first, it also warms the JIT ` +
          'for the table above.',
        bare,
      ),
    ];
  } finally {
    await Promise.all([...servers.values()].map((s) => s.stop()));
  }
}

function comparison(title: string, method: string, results: Map<string, LoadSummary>): Table {
  const get = (key: string) => {
    const r = results.get(key);
    if (!r) throw new Error(`no results for ${key}`);
    return r;
  };
  const ours = get('ours');
  const express = get('express');
  const raw = get('raw');
  const quiet = get(quietKey);
  const server = (r: LoadSummary) => r.cpuMsPerK.server ?? 0;
  const database = (r: LoadSummary) => r.cpuMsPerK.database ?? 0;
  const usesDatabase = database(ours) > server(ours);
  const rows = [...results].map(([key, r]) => [
    labels[key] ?? key,
    r.rps,
    `${r.rpsRange[0].toFixed(1)}–${r.rpsRange[1].toFixed(1)}`,
    r.p50Ms,
    r.p99Ms,
    server(r),
    ...(usesDatabase ? [database(r)] : []),
    r.requestsPerRun,
    r.failures,
  ]);
  const overlaps = (a: LoadSummary, b: LoadSummary) =>
    a.rpsRange[0] <= b.rpsRange[1] && b.rpsRange[0] <= a.rpsRange[1];
  const spread = (name: string, other: LoadSummary) =>
    overlaps(ours, other)
      ? `the req/s ranges of ours and ${name} overlap (run-to-run noise)`
      : `the req/s ranges of ours and ${name} do not overlap`;
  const versus = (name: string, other: LoadSummary) =>
    `ours/${name}: throughput ${ratio(ours.rps, other.rps)}, p50 ${ratio(ours.p50Ms, other.p50Ms)}, ` +
    `p99 ${ratio(ours.p99Ms, other.p99Ms)}, server CPU per request ${ratio(server(ours), server(other))}`;
  return {
    title,
    method,
    columns: [
      'server',
      'req/s',
      'req/s range',
      'p50 ms',
      'p99 ms',
      'server CPU ms / 1k req',
      ...(usesDatabase ? ['database CPU ms / 1k req'] : []),
      'requests / run',
      'failed',
    ],
    rows,
    notes: [
      versus('express', express),
      versus('limit', raw),
      `${spread('Express', express)}; ${spread('the limit', raw)}`,
      `request logging (one JSON line per request at LOG_LEVEL=info): ours at info / ours at warn: ` +
        `throughput ${ratio(ours.rps, quiet.rps)}, server CPU per request ${ratio(server(ours), server(quiet))} ` +
        `(${(server(ours) - server(quiet)).toFixed(0)} CPU ms per 1k requests)`,
      ...(usesDatabase
        ? [
            `the database spends ${ratio(database(ours), server(ours))} the CPU of our service on each ` +
              "request: throughput and latency here are the database's; the frameworks differ in CPU per request",
          ]
        : []),
    ],
  };
}
