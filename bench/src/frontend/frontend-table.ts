/**
 * The frontend benchmark's samples as a table per network: per page, both builds' medians and their ratio.
 */
import { availableParallelism } from 'node:os';
import { median, ratio, type Table } from '../report.ts';
import type { ColdLoad } from './cold-load.ts';

export interface PageCase {
  name: string;
  path: string;
  /** The first product on the page: a card of the home page's rail, the product page's title. */
  selector: string;
}

export type Build = 'runtime' | 'oneBundle';

export interface Samples {
  pages: PageCase[];
  /** Cold loads by sampleKey(). */
  loads: Map<string, ColdLoad[]>;
}

export const sampleKey = (page: string, latencyMs: number, build: Build) => `${page}/${latencyMs}/${build}`;

const buildLabel: Record<Build, string> = {
  runtime: 'runtime (Module Federation)',
  oneBundle: 'one bundle (build time)',
};

interface Medians {
  jsKb: number;
  jsFiles: number;
  requests: number;
  ms: number;
  range: string;
}

function medians(loads: readonly ColdLoad[]): Medians {
  const ms = loads.map((l) => l.firstProductMs);
  return {
    jsKb: median(loads.map((l) => l.jsGzipBytes)) / 1024,
    jsFiles: median(loads.map((l) => l.jsFiles)),
    requests: median(loads.map((l) => l.requests)),
    ms: median(ms),
    range: `${Math.round(Math.min(...ms))}-${Math.round(Math.max(...ms))}`,
  };
}

export function frontendTable(
  samples: Samples,
  options: {
    runs: number;
    latencyMs: number;
    /** Add the notes on what the builds are (once per report). */
    explain: boolean;
    /** The machine's 5-minute load average at the end of the run. */
    loadAverage: number;
  },
): Table {
  const { runs, latencyMs } = options;
  const network = latencyMs > 0 ? `+${latencyMs} ms latency per request` : 'loopback';
  const rows: (string | number)[][] = [];
  const notes: string[] = [];
  for (const page of samples.pages) {
    const of = (build: Build) => {
      const loads = samples.loads.get(sampleKey(page.name, latencyMs, build));
      if (!loads?.length) throw new Error(`no loads of ${page.name} (${build})`);
      return medians(loads);
    };
    const runtime = of('runtime');
    const oneBundle = of('oneBundle');
    for (const [build, m] of [
      ['runtime', runtime],
      ['oneBundle', oneBundle],
    ] as const) {
      rows.push([page.name, buildLabel[build], m.jsKb, m.jsFiles, m.requests, Math.round(m.ms), m.range]);
    }
    rows.push([
      page.name,
      'ratio runtime / one bundle',
      ratio(runtime.jsKb, oneBundle.jsKb),
      ratio(runtime.jsFiles, oneBundle.jsFiles),
      ratio(runtime.requests, oneBundle.requests),
      ratio(runtime.ms, oneBundle.ms),
      '',
    ]);
  }
  if (options.explain)
    notes.push(
      'A ratio above 1.00x is what composing the remotes at runtime costs over composing them at build time.',
      `Load average at the end of the run: ${options.loadAverage.toFixed(1)} on ${availableParallelism()} cores. The times move with the machine's load (each load's CPU work competes with every other process); the bytes and requests do not.`,
      "The one bundle is mfes/host built by its own production config without ModuleFederationPlugin, each remote view a dynamic import() of the remote's exposed source (a chunk per view, as in the shipped build), served by a second createGateway with the same runtime config and the same service instances (bench/src/frontend/one-bundle.webpack.ts).",
    );
  return {
    title: `Home and product page, cold cache, ${network}: runtime composition vs one bundle`,
    method: `Median of ${runs} cold loads per page and build (a fresh browser context each, the builds interleaved, after warm-up loads that are not counted), headless Chromium 1280x900 ${latencyMs > 0 ? `with ${latencyMs} ms added to every request (Chromium's network emulation; bandwidth not limited) ` : ''}against the local platform (make build's MFEs, seeded catalog). JS KB gz: gzip (default level) of every script body, as a compressing Ingress would send it; requests: all requests (scripts, API calls, images) until the network is idle; first product: from navigation start until the first featured-product card (home) or the product title (product page) is in the page and visible; range: fastest-slowest load.`,
    columns: ['page', 'build', 'JS KB gz', 'JS files', 'requests', 'first product ms', 'range ms'],
    rows,
    notes,
  };
}
