/**
 * `make bench-frontend`: the home page and a product page on a cold cache in headless Chromium, for the
 * storefront as it ships (the host composes the remotes at runtime, Module Federation) and for the same
 * pages built as one bundle (the remotes composed at build time: the limit), side by side in one run:
 * JavaScript KB (gzip), requests, and time to the first product rendered. Writes docs/bench/frontend.md.
 *
 * Environment:
 *   FRONTEND_RUNS=5     cold loads per page and build (each figure is their median; at least 3)
 *   FRONTEND_WARMUPS=1  loads per page and build before measuring, not counted (the services' and the
 *                       gateways' first requests are slower than any shopper's)
 *   FRONTEND_LATENCY_MS=0,100  one table per value: latency Chromium adds to every request. 0 is plain
 *                       loopback, where a round trip costs nothing; 100 is a typical mobile round trip, where
 *                       the requests a page waits on in turn show. Bandwidth is never limited: the local
 *                       gateway sends raw bytes, so a limit would weigh uncompressed JavaScript.
 * Needs `make build` (the MFEs' dist/) and Chromium (`make browser`); the Makefile target does both.
 */
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { repoRoot } from '@emporium/embedded-db';
import { apiPrefix } from '@emporium/registry';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../../e2e/support/browser.ts';
import { printTable, writeReport } from '../report.ts';
import { buildOneBundle } from './build-one-bundle.ts';
import { coldLoad } from './cold-load.ts';
import { type Build, frontendTable, type PageCase, type Samples, sampleKey } from './frontend-table.ts';
import { type Storefronts, startStorefronts } from './servers.ts';

const count = (name: string, fallback: number, min: number) => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < min) throw new Error(`${name} must be an integer >= ${min}`);
  return value;
};
const runs = count('FRONTEND_RUNS', 5, 3);
const warmups = count('FRONTEND_WARMUPS', 1, 0);
const latencies = (process.env.FRONTEND_LATENCY_MS ?? '0,100').split(',').map((text) => {
  const ms = Number(text.trim());
  if (!Number.isInteger(ms) || ms < 0)
    throw new Error('FRONTEND_LATENCY_MS must be integers >= 0, comma-separated');
  return ms;
});

const root = repoRoot();
// Build output, not committed (bench/.out belongs in .gitignore), rebuilt on every run from the sources.
const oneBundleDir = join(root, 'bench', '.out', 'one-bundle');

async function topProductId(baseUrl: string): Promise<string> {
  const res = await fetch(`${baseUrl}${apiPrefix('product')}/products?sort=rating&limit=1`);
  if (!res.ok) throw new Error(`product API answered ${res.status}`);
  const id = ((await res.json()) as { items: { id: string }[] }).items[0]?.id;
  if (!id) throw new Error('the catalog is empty');
  return id;
}

async function measure(browser: Browser, stores: Storefronts): Promise<Samples> {
  const product = await topProductId(stores.runtimeUrl);
  const pages: PageCase[] = [
    // The content MFE's home page: its featured-products rail comes from the product service.
    { name: 'home', path: '/', selector: '[data-testid="featured-product"]' },
    { name: 'product', path: `/products/${product}`, selector: '[data-testid="product-title"]' },
  ];
  const builds = { runtime: stores.runtimeUrl, oneBundle: stores.oneBundleUrl };
  const samples: Samples = { pages, loads: new Map() };
  for (let round = 0; round < warmups + runs; round += 1) {
    // Interleaved, case by case and build by build, so drift on a busy machine hits both builds alike.
    for (const latencyMs of latencies) {
      for (const page of pages) {
        // Which build loads first alternates by round, so neither always follows the other's load.
        const order = Object.entries(builds) as [Build, string][];
        for (const [build, url] of round % 2 === 0 ? order : order.reverse()) {
          const load = await coldLoad(browser, {
            url: `${url}${page.path}`,
            productSelector: page.selector,
            latencyMs,
          });
          if (round < warmups) continue;
          const key = sampleKey(page.name, latencyMs, build);
          samples.loads.set(key, [...(samples.loads.get(key) ?? []), load]);
        }
      }
    }
    process.stdout.write(round < warmups ? 'warm-up done\n' : `round ${round - warmups + 1}/${runs} done\n`);
  }
  return samples;
}

async function main(): Promise<void> {
  process.stdout.write('Building the one-bundle storefront (bench/src/frontend/one-bundle.webpack.ts)...\n');
  const built = await buildOneBundle({ repoRoot: root, outDir: oneBundleDir });
  process.stdout.write(`built in ${built.seconds.toFixed(1)} s; starting the platform...\n`);
  const stores = await startStorefronts({ repoRoot: root, oneBundleDir });
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= stores.stop());
  const onSignal = (signal: NodeJS.Signals) => {
    process.stderr.write(`\n${signal}: stopping the platform...\n`);
    void stop().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let samples: Samples;
  try {
    process.stdout.write(`runtime ${stores.runtimeUrl}, one bundle ${stores.oneBundleUrl}\n`);
    const browser = await launchBrowser();
    try {
      samples = await measure(browser, stores);
    } finally {
      await browser.close();
    }
  } finally {
    await stop();
  }
  const tables = latencies.map((latencyMs, i) =>
    frontendTable(samples, { runs, latencyMs, explain: i === 0, loadAverage: loadavg()[1] ?? 0 }),
  );
  for (const table of tables) printTable(table);
  const target = join(root, 'docs', 'bench', 'frontend.md');
  await writeReport(target, { heading: 'Frontend benchmark', command: 'make bench-frontend' }, tables);
  process.stdout.write(`\nwritten to docs/bench/frontend.md\n`);
}

await main();
