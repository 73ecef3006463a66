/**
 * Headless Chromium (Debian's package) through playwright-core, launched with the flags the browser tests
 * use (e2e/support/browser.ts), so the bench measures the browser the tests drive.
 */
import { existsSync } from 'node:fs';
import { type Browser, chromium } from 'playwright-core';

export async function launchChromium(): Promise<Browser> {
  const executablePath = process.env.EMPORIUM_CHROMIUM || '/usr/bin/chromium';
  if (!existsSync(executablePath)) {
    throw new Error(
      `Chromium not found at "${executablePath}": run \`make browser\` or set EMPORIUM_CHROMIUM`,
    );
  }
  return chromium.launch({
    executablePath,
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
