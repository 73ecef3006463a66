/**
 * One cold page load in a fresh browser context (empty HTTP cache): the JavaScript it downloads (gzip of
 * each script body at the default level, as e2e/tests/payload.test.ts counts it: the local gateway sends
 * raw bytes, a compressing Ingress sends about this), every request until the network is idle, and the
 * time from navigation start until the first product is in the page and visible.
 */
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';

export interface ColdLoad {
  jsGzipBytes: number;
  jsFiles: number;
  requests: number;
  firstProductMs: number;
}

type Watched = Window & { __emporiumFirstProductMs?: number };

/**
 * Runs in the page before any of its scripts: notes performance.now() (milliseconds since navigation
 * start) at the first DOM change after which an element matching `selector` exists and is visible.
 */
function watchFirstProduct(selector: string): void {
  const page = window as Watched;
  const observer = new MutationObserver(() => {
    const element = document.querySelector(selector);
    if (!element?.checkVisibility()) return;
    page.__emporiumFirstProductMs = performance.now();
    observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true, attributes: true });
}

export interface LoadCase {
  url: string;
  /** CSS selector of the first product on the page. */
  productSelector: string;
  /** Latency Chromium adds to every request (its network emulation); 0: plain loopback. */
  latencyMs: number;
}

export async function coldLoad(browser: Browser, load: LoadCase): Promise<ColdLoad> {
  const { url, productSelector, latencyMs } = load;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    await context.addInitScript(watchFirstProduct, productSelector);
    const page = await context.newPage();
    if (latencyMs > 0) {
      const cdp = await context.newCDPSession(page);
      await cdp.send('Network.emulateNetworkConditions', {
        offline: false,
        latency: latencyMs,
        downloadThroughput: -1,
        uploadThroughput: -1,
      });
    }
    let requests = 0;
    const scripts: Promise<Buffer | null>[] = [];
    const pageErrors: string[] = [];
    page.on('pageerror', (error) => pageErrors.push(String(error)));
    page.on('request', () => {
      requests += 1;
    });
    page.on('response', (response) => {
      const isScript =
        response.request().resourceType() === 'script' ||
        /javascript/.test(response.headers()['content-type'] ?? '');
      if (isScript) scripts.push(response.body().catch(() => null));
    });
    await page.goto(url);
    const shown = await page
      .waitForFunction(() => (window as Watched).__emporiumFirstProductMs, undefined, { timeout: 30_000 })
      .catch(() => null);
    if (!shown)
      throw new Error(`no product shown at ${url} in 30 s; page errors: ${pageErrors.join('; ') || 'none'}`);
    const firstProductMs = (await shown.jsonValue()) as number;
    await page.waitForLoadState('networkidle');
    if ((await page.locator('[data-testid^="remote-fallback-"]').count()) > 0) {
      throw new Error(`${url} showed a remote's fallback: the measurement would not be of the real page`);
    }
    const bodies = (await Promise.all(scripts)).filter((body): body is Buffer => body !== null);
    return {
      jsGzipBytes: bodies.reduce((sum, body) => sum + gzipSync(body).length, 0),
      jsFiles: bodies.length,
      requests,
      firstProductMs,
    };
  } finally {
    await context.close();
  }
}
