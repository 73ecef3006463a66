/**
 * What each page costs a shopper on a cold cache, in headless Chromium: the JavaScript it downloads
 * (gzip-compressed size of each response body at the default level, and raw) and how many requests it
 * makes until it has rendered and the network is idle. Prints the table; `make payload` also writes it to
 * docs/payload.md (PAYLOAD_REPORT). The home page's JavaScript has a budget, so a change that makes the
 * first page heavier fails here.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { devUsers } from '@emporium/dev-data';
import { repoRoot } from '@emporium/embedded-db';
import { apiPrefix, type RemoteName } from '@emporium/registry';
import type { Browser } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { listProducts } from '../support/api.ts';
import { cspViolations, useBrowser } from '../support/browser.ts';
import { type SharedAsset, sharedAssets } from '../support/federation.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * The home page's first-load JavaScript budget, gzip. About 250 KB today, of which ~200 KB is React DOM,
 * React Router and the federation runtime (see docs/payload.md); the budget leaves room for little more.
 */
const homeBudgetKb = 270;

const sharedModules = [
  'react',
  'react-dom',
  'react-dom/client',
  'react/jsx-runtime',
  'react-router',
  '@emporium/api',
  '@emporium/store',
];

interface RouteCase {
  name: string;
  path: string;
  /** The remote whose slot the page waits for (none: the shell's own page). */
  remote: RemoteName;
  signedIn?: boolean;
}

interface Measured {
  name: string;
  path: string;
  jsFiles: number;
  jsGzip: number;
  jsRaw: number;
  requests: number;
  apiRequests: number;
  cspViolations: string[];
  /** Each JavaScript file: its URL and gzip size. */
  files: { url: string; gzip: number }[];
}

/** A returning shopper: the refresh cookie from a real sign-in, and the hint that a session may exist. */
async function signedInCookie(): Promise<{ name: string; value: string; url: string }> {
  const { email, password } = devUsers.customer;
  const res = await fetch(`${baseUrl}${apiPrefix('user')}/customer/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in answered ${res.status}`);
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('emporium_refresh='));
  if (!cookie) throw new Error('no refresh cookie');
  const [pair = '', ...attributes] = cookie.split(';').map((part) => part.trim());
  const path = attributes.find((a) => /^path=/i.test(a))?.slice(5) ?? '/';
  const [name = '', value = ''] = [pair.slice(0, pair.indexOf('=')), pair.slice(pair.indexOf('=') + 1)];
  return { name, value, url: `${baseUrl}${path}` };
}

async function measure(b: Browser, route: RouteCase): Promise<Measured> {
  // A new context has an empty HTTP cache: every page is measured cold.
  const context = await b.newContext({ viewport: { width: 1280, height: 900 } });
  if (route.signedIn) {
    await context.addCookies([await signedInCookie()]);
    await context.addInitScript(() => localStorage.setItem('emporium.session', 'customer'));
  }
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  let requests = 0;
  let apiRequests = 0;
  const bodies: Promise<{ url: string; body: Buffer } | null>[] = [];
  page.on('request', (r) => {
    requests += 1;
    if (/-service\/api\//.test(r.url())) apiRequests += 1;
  });
  page.on('response', (r) => {
    const isScript =
      r.request().resourceType() === 'script' || /javascript/.test(r.headers()['content-type'] ?? '');
    if (isScript)
      bodies.push(
        r
          .body()
          .then((body) => ({ url: r.url(), body }))
          .catch(() => null),
      );
  });
  await page.goto(`${baseUrl}${route.path}`);
  const loading = page.getByTestId(`remote-loading-${route.remote}`);
  const fallback = page.getByTestId(`remote-fallback-${route.remote}`);
  await expect
    .poll(
      async () => (await loading.count()) === 0 && (await page.getByRole('main').innerText()).trim() !== '',
      { timeout: 20_000 },
    )
    .toBe(true);
  await page.waitForLoadState('networkidle');
  const rendered = (await fallback.count()) === 0;
  const scripts = (await Promise.all(bodies)).flatMap((b) => (b ? [b] : []));
  const files = scripts.map((s) => ({ url: s.url, gzip: gzipSync(s.body).length }));
  await context.close();
  return {
    name: rendered ? route.name : `${route.name} (remote not available: fallback)`,
    path: route.path,
    jsFiles: scripts.length,
    jsGzip: files.reduce((sum, file) => sum + file.gzip, 0),
    jsRaw: scripts.reduce((sum, script) => sum + script.body.length, 0),
    requests,
    apiRequests,
    cspViolations: cspViolations(consoleErrors),
    files,
  };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function table(rows: Measured[]): string {
  const lines = [
    '| page | path | JS files | JS gzip (KB) | JS raw (KB) | requests | API requests |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) =>
        `| ${r.name} | \`${r.path}\` | ${r.jsFiles} | ${kb(r.jsGzip)} | ${kb(r.jsRaw)} | ${r.requests} | ${r.apiRequests} |`,
    ),
  ];
  return lines.join('\n');
}

/** What a file is: a shared module's copy, a federation entry, or an app's own code. */
function describeFile(url: string, shared: Map<string, SharedAsset>): string {
  const path = new URL(url).pathname;
  const owner = /^\/mfe\/([a-z]+)\//.exec(path)?.[1] ?? 'host';
  const known = shared.get(url);
  if (known) return `${known.module} (shared, ${known.mfe}'s copy)`;
  if (path.endsWith('/remoteEntry.js')) return `${owner}: remote entry (federation runtime + container)`;
  if (/^\/main\.[0-9a-f]+\.js$/.test(path)) return 'host: entry (webpack + federation runtime)';
  if (path.includes('__federation_expose_')) return `${owner}: exposed module`;
  return `${owner}: app code (with the libraries it bundles)`;
}

function breakdown(row: Measured, shared: Map<string, SharedAsset>): string {
  const files = [...row.files].sort((a, b) => b.gzip - a.gzip);
  return [
    '| file | what | gzip (KB) |',
    '| --- | --- | ---: |',
    ...files.map(
      (f) => `| \`${new URL(f.url).pathname}\` | ${describeFile(f.url, shared)} | ${kb(f.gzip)} |`,
    ),
  ].join('\n');
}

function report(rows: Measured[], homeFiles: string): string {
  return `# Page payload

What each page of the shop downloads on a **cold cache** in headless Chromium, from navigation until it
has rendered and the network is idle: JavaScript files and their size (gzip of each response body at the
default level, which is roughly what a compressing Ingress sends; raw as served by the local gateway),
and every request the page made (API calls included). Orders and account are measured signed in (a
returning shopper whose session is restored from the refresh cookie); the others as a guest.

Generated by \`make payload\` (e2e/tests/payload.test.ts) against the local platform with the production
builds of every micro frontend. The home page's JavaScript budget is ${homeBudgetKb} KB gzip (the test fails above it).

${table(rows)}

## The home page's JavaScript, file by file

${homeFiles}

Nearly all of it is the shared foundation every page needs once: React DOM, React Router (a shared
singleton is shared whole, so it is not tree-shaken) and the federation runtime, which the host's entry
and each remote's remoteEntry.js both carry. The shop's own code (shell, content page, API client, store)
is the small rest. Every other page adds its remote's entry and chunks to the same foundation.
`;
}

describe('page payload', () => {
  it('measures every page cold, and keeps the home page within its JavaScript budget', async () => {
    const { items } = await listProducts(baseUrl, 'sort=rating&limit=1');
    const product = items[0];
    if (!product) throw new Error('empty catalog');
    const routes: RouteCase[] = [
      { name: 'home', path: '/', remote: 'content' },
      { name: 'listing', path: '/products', remote: 'products' },
      { name: 'product', path: `/products/${product.id}`, remote: 'products' },
      { name: 'cart', path: '/cart', remote: 'cart' },
      { name: 'orders', path: '/orders', remote: 'orders', signedIn: true },
      { name: 'account', path: '/account', remote: 'account', signedIn: true },
      { name: 'login', path: '/auth/login', remote: 'auth' },
      { name: 'support', path: '/support', remote: 'support' },
      { name: 'CMS page', path: '/pages/about', remote: 'content' },
    ];
    const rows: Measured[] = [];
    for (const route of routes) rows.push(await measure(browser(), route));

    process.stdout.write(`\n${table(rows)}\n\n`);
    const target = process.env.PAYLOAD_REPORT;
    const home = rows[0];
    if (!home) throw new Error('home was not measured');
    const shared = await sharedAssets(baseUrl, sharedModules);
    process.stdout.write(`${breakdown(home, shared)}\n\n`);
    if (target) writeFileSync(join(repoRoot(), target), report(rows, breakdown(home, shared)));

    expect(home.name).toBe('home');
    expect(home.jsGzip / 1024).toBeLessThan(homeBudgetKb);
    for (const row of rows) expect(row.cspViolations, row.name).toEqual([]);
  });
});
