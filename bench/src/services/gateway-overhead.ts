/**
 * Benchmark 2: what the local gateway adds. The same requests straight to the product service and through
 * the gateway, interleaved: one product by id, a read the database answers from its primary key, so the
 * proxy's own cost shows; and the product list of benchmark 1, where on the embedded database the
 * database's second or more per request hides the proxy's few milliseconds.
 */
import { fileURLToPath } from 'node:url';
import { freePort } from '@emporium/embedded-db';
import { apiPrefix } from '@emporium/registry';
import { ratio, type Table } from '../report.ts';
import { type BenchContext, contenders } from './contenders.ts';
import { interleavedLoad, type LoadSummary } from './interleave.ts';
import { listPath } from './plain-database.ts';
import { loadQuery } from './same-work.ts';
import { type ServerProcess, startServer } from './server-process.ts';
import type { BenchSettings } from './settings.ts';

async function startGateway(ctx: BenchContext, productUrl: string): Promise<ServerProcess> {
  const port = await freePort();
  return startServer({
    name: 'gateway',
    args: [fileURLToPath(new URL('./gateway-process.ts', import.meta.url))],
    env: { ...process.env, PORT: String(port), PRODUCT_SERVICE_URL: productUrl, LOG_LEVEL: 'info' },
    url: `http://127.0.0.1:${port}`,
    readyPath: `${apiPrefix('product')}/categories`,
    logDir: ctx.logDir,
  });
}

/** The path of the first product of the load query's list. */
async function oneProductPath(serviceUrl: string): Promise<string> {
  const res = await fetch(`${serviceUrl}${listPath}${loadQuery}`);
  const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!id) throw new Error('the product list is empty');
  return `${listPath}/${id}`;
}

export async function gatewayTable(ctx: BenchContext, settings: BenchSettings): Promise<Table> {
  const started: ServerProcess[] = [];
  try {
    const ours = contenders.find((c) => c.key === 'ours');
    if (!ours) throw new Error('no product service contender');
    const service = await ours.start(ctx);
    started.push(service);
    const gateway = await startGateway(ctx, service.url);
    started.push(gateway);
    // The gateway forwards /product-service/... unchanged, so both URLs end in the same path.
    const requests = [
      { key: 'one', label: 'one product', path: await oneProductPath(service.url) },
      { key: 'list', label: 'product list', path: `${listPath}${loadQuery}` },
    ];
    const watch = { service: service.pid, database: ctx.databasePid };
    const results = await interleavedLoad(
      requests.flatMap((r) => [
        { key: `${r.key}-direct`, url: `${service.url}${r.path}`, watch, group: r.key },
        {
          key: `${r.key}-gateway`,
          url: `${gateway.url}${r.path}`,
          watch: { ...watch, gateway: gateway.pid },
          group: r.key,
        },
      ]),
      settings,
    );
    const get = (key: string): LoadSummary => {
      const r = results.get(key);
      if (!r) throw new Error(`no results for ${key}`);
      return r;
    };
    const row = (label: string, s: LoadSummary) => [
      label,
      s.rps,
      s.p50Ms,
      s.p99Ms,
      s.cpuMsPerK.service ?? 0,
      s.cpuMsPerK.gateway ?? 'n/a',
      s.cpuMsPerK.database ?? 'n/a',
      s.requestsPerRun,
      s.failures,
    ];
    const rows: (string | number)[][] = [];
    const notes: string[] = [];
    for (const r of requests) {
      const direct = get(`${r.key}-direct`);
      const via = get(`${r.key}-gateway`);
      rows.push(row(`${r.label}, direct`, direct), row(`${r.label}, through the gateway`, via));
      rows.push([
        `${r.label}, gateway / direct`,
        ratio(via.rps, direct.rps),
        ratio(via.p50Ms, direct.p50Ms),
        ratio(via.p99Ms, direct.p99Ms),
        ...Array<string>(5).fill(''),
      ]);
      notes.push(
        `${r.label}: the gateway adds ${(via.p50Ms - direct.p50Ms).toFixed(0)} ms at the median and ` +
          `${(via.cpuMsPerK.gateway ?? 0).toFixed(0)} CPU ms per 1000 requests of its own ` +
          `(the service itself uses ${(direct.cpuMsPerK.service ?? 0).toFixed(0)})`,
      );
    }
    return {
      title: 'Gateway overhead',
      method:
        `The same requests straight to the product service and through the local gateway (createGateway as ` +
        `the local platform sets it up, in its own process, proxying to that one service instance): one ` +
        `product (GET ${requests[0]?.path}, read by primary key, light enough for the proxy's cost to show) ` +
        `and the product list of benchmark 1 (database-bound); autocannon in its own process, ` +
        `${settings.connections} connections, the same number of requests direct and through the gateway (about ${settings.durationS} s per run), ${settings.runs} runs ` +
        'each, interleaved; medians.',
      columns: [
        'request',
        'req/s',
        'p50 ms',
        'p99 ms',
        'service CPU ms / 1k req',
        'gateway CPU ms / 1k req',
        'database CPU ms / 1k req',
        'requests / run',
        'failed',
      ],
      rows,
      notes,
    };
  } finally {
    await Promise.all(started.map((s) => s.stop()));
  }
}
