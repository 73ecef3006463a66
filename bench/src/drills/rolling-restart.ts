/**
 * Rolling restart under load: two product-service instances behind a local gateway (createGateway with
 * both URLs, as a Deployment with two pods sits behind its Service), a steady read and write mix through
 * the gateway, then each instance in turn gets SIGTERM, exits, starts again on its port and turns healthy.
 * Every request must succeed, and every product whose creation was acknowledged must exist afterwards.
 */
import diagnostics from 'node:diagnostics_channel';
import { join } from 'node:path';
import { freePort } from '@emporium/embedded-db';
import { createGateway } from '@emporium/gateway';
import { apiPrefix } from '@emporium/registry';
import type { FastifyInstance } from 'fastify';
import { logInSeller } from '../../../e2e/support/accounts.ts';
import { type DrillResult, Expectations, knob, sleep, step } from './drill.ts';
import { errorCode, failureSummary, latencySummary, send, startLoad } from './load.ts';
import { type DrillPlatform, type Replica, replicaEnv, startReplica } from './platform.ts';
import { createProduct, stockOf } from './products.ts';

const name = 'rolling restart';
const sorts = ['featured', 'price_asc', 'newest'];

export async function rollingRestart(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  const workers = knob('DRILL_CONNECTIONS', 8);
  const warmupMs = knob('DRILL_WARMUP_MS', 3000);
  const downMs = knob('DRILL_DOWN_MS', 3000);
  const settleMs = knob('DRILL_SETTLE_MS', 3000);

  const instances: Replica[] = [];
  const gatewayLog: string[] = [];
  // Requests the gateway found refused by a stopped instance (it sends those on to another instance).
  // The start-up health probes (paths /health) are refused too while an instance starts: not counted.
  let refused = 0;
  const onRequestError = (message: unknown) => {
    const { request, error } = message as { request?: { path?: string }; error?: { code?: string } };
    if (error?.code === 'ECONNREFUSED' && !request?.path?.startsWith('/health')) refused++;
  };
  diagnostics.subscribe('undici:request:error', onRequestError);
  let gateway: FastifyInstance | undefined;
  try {
    const env = replicaEnv(p, 'product');
    const first = await startReplica(p, 'product', 'product-1', env);
    instances.push(first);
    const second = await startReplica(p, 'product', 'product-2', env);
    instances.push(second);
    gateway = await createGateway({
      mfesDir: join(p.root, 'mfes'),
      serviceUrls: (service, port) =>
        service === 'product'
          ? instances.map((i) => i.url)
          : [p.serviceUrls[service] ?? `http://127.0.0.1:${port}`],
      logger: { level: 'warn', stream: { write: (line: string) => void gatewayLog.push(line) } },
    });
    const gatewayPort = await freePort();
    await gateway.listen({ host: '127.0.0.1', port: gatewayPort });
    const via = `http://127.0.0.1:${gatewayPort}${apiPrefix('product')}`;
    step(name, `product-1 ${first.url} and product-2 ${second.url} behind a gateway on :${gatewayPort}`);

    const seller = await logInSeller(p.baseUrl);
    const known = await send(`${via}/products?limit=20`);
    const ids = ((known.body.items as { id: string }[] | undefined) ?? []).map((i) => i.id);
    if (ids.length === 0)
      throw new Error(`no products to read: ${known.status} ${JSON.stringify(known.body)}`);

    const created: string[] = [];
    // Per worker, of every ten requests: three create a product (the writes a restart must not lose or
    // fail), four read one product, three list a page (the slowest, so fewer).
    const load = startLoad(workers, async (worker, seq) => {
      const kind = seq % 10;
      if (kind >= 7) {
        const reply = await createProduct(`http://127.0.0.1:${gatewayPort}`, seller.token, 5);
        if (reply.id) created.push(reply.id);
        return {
          op: 'POST product',
          status: reply.status,
          ok: reply.status === 201,
          detail: errorCode(reply.body),
        };
      }
      const one = kind >= 3;
      const url = one
        ? `${via}/products/${ids[(worker + seq) % ids.length]}`
        : `${via}/products?limit=12&sort=${sorts[seq % sorts.length]}`;
      const reply = await send(url);
      return {
        op: one ? 'GET product' : 'GET list',
        status: reply.status,
        ok: reply.status === 200,
        detail: errorCode(reply.body),
      };
    });
    step(name, `load: ${workers} connections through the gateway (30% list, 40% one product, 30% create)`);
    await sleep(warmupMs);

    for (const instance of instances) {
      const before = load.samples.length;
      step(name, `SIGTERM ${instance.label} (pid ${instance.pid})`);
      const t0 = performance.now();
      await instance.stop();
      step(
        name,
        `${instance.label} exited after ${Math.round(performance.now() - t0)} ms; ${downMs} ms on one instance`,
      );
      await sleep(downMs);
      const t1 = performance.now();
      await instance.start();
      step(
        name,
        `${instance.label} started again (pid ${instance.pid}), healthy after ${Math.round(performance.now() - t1)} ms`,
      );
      await sleep(settleMs);
      const window = load.samples.slice(before);
      step(
        name,
        `${window.length} requests while ${instance.label} restarted, ${window.filter((s) => !s.ok).length} failed`,
      );
    }

    const samples = await load.stop();
    const failed = samples.filter((s) => !s.ok);
    step(name, `load stopped: ${samples.length} requests, ${failed.length} failed`);
    for (const line of latencySummary(samples)) step(name, `  ${line}`);
    for (const line of failureSummary(samples)) step(name, `  failed: ${line}`);
    for (const line of upstreamErrors(gatewayLog)) step(name, `  gateway saw: ${line}`);
    step(name, `the gateway had ${refused} requests refused by a stopped instance and sent them on`);

    let lost = 0;
    for (const id of created) if ((await stockOf(first.url, id)) === undefined) lost++;
    expect.check(
      failed.length === 0,
      'every request through the gateway succeeded',
      `${failed.length} of ${samples.length} failed`,
    );
    expect.check(
      lost === 0,
      'every acknowledged product exists afterwards',
      `${created.length} created, ${lost} missing`,
    );
    expect.note(
      `${samples.filter((s) => s.op === 'POST product').length} writes among them; ${refused} requests refused by a stopped instance were sent on by the gateway`,
    );
    if (failed.length > 0) expect.note(failureSummary(samples).join('; '));
    return expect.result({ sent: samples.length, failed: failed.length, lost });
  } finally {
    diagnostics.unsubscribe('undici:request:error', onRequestError);
    await gateway?.close();
    await Promise.all(instances.map((i) => i.stop()));
  }
}

/** The gateway's "upstream failed" warnings, counted by error code. */
function upstreamErrors(lines: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const line of lines) {
    try {
      const entry = JSON.parse(line) as { msg?: string; err?: { code?: string; message?: string } };
      if (entry.msg !== 'upstream failed') continue;
      const code = `${entry.err?.code ?? '?'}: ${entry.err?.message ?? ''}`;
      counts.set(code, (counts.get(code) ?? 0) + 1);
    } catch {}
  }
  return [...counts].map(([code, n]) => `${code} x${n}`);
}
