/**
 * Headless Chromium (Debian's package) driven by playwright-core. Every page records console errors
 * and failed requests so a test can assert a clean page, and keeps a screenshot per step for people.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

export const screenshotsDir = join(import.meta.dirname, '..', 'screenshots');

function chromiumPath(): string {
  const wanted = process.env.EMPORIUM_CHROMIUM || '/usr/bin/chromium';
  if (wanted.startsWith('/')) {
    if (existsSync(wanted)) return wanted;
  } else {
    try {
      return execFileSync('sh', ['-c', `command -v ${wanted}`], { encoding: 'utf8' }).trim();
    } catch {}
  }
  throw new Error(
    `Chromium not found at "${wanted}": install Debian's chromium (\`make browser\`) or set EMPORIUM_CHROMIUM`,
  );
}

/** Every launch gets a fresh, throwaway profile from Playwright (it refuses a --user-data-dir flag). */
export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface WatchedPage {
  page: Page;
  consoleErrors: string[];
  requests: string[];
  screenshot(name: string): Promise<string>;
}

export async function openPage(
  browser: Browser,
  viewport = { width: 1280, height: 900 },
): Promise<WatchedPage> {
  const context = await browser.newContext({ viewport });
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  const requests: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') consoleErrors.push(m.text());
  });
  page.on('pageerror', (e) => consoleErrors.push(String(e)));
  page.on('request', (r) => requests.push(r.url()));
  mkdirSync(screenshotsDir, { recursive: true });
  return {
    page,
    consoleErrors,
    requests,
    async screenshot(name) {
      const path = join(screenshotsDir, `${name}.png`);
      await page.screenshot({ path, fullPage: false });
      return path;
    },
  };
}

/** One browser for a test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('the browser is not launched yet');
    return browser;
  };
}

/** The console errors that are Content-Security-Policy violations (Chromium reports each as one). */
export function cspViolations(consoleErrors: readonly string[]): string[] {
  return consoleErrors.filter((message) => /Content Security Policy/i.test(message));
}
