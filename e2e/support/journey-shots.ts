/**
 * The journey's screenshots, numbered in the order the shopper takes the steps (01-home.png, ...), kept in
 * e2e/artifacts/journey as the run's test artifacts (gitignored). The folder starts empty each run, so
 * what is there is always one whole journey.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';

export const journeyArtifactsDir = join(import.meta.dirname, '..', 'artifacts', 'journey');

export function journeyShots(page: Page): (step: string) => Promise<string> {
  rmSync(journeyArtifactsDir, { recursive: true, force: true });
  mkdirSync(journeyArtifactsDir, { recursive: true });
  let taken = 0;
  return async (step) => {
    taken += 1;
    const path = join(journeyArtifactsDir, `${String(taken).padStart(2, '0')}-${step}.png`);
    // Settle first: web fonts and the last re-render, so the picture is what a shopper would see.
    // From the top: a full-page picture of a scrolled page would paint the sticky header mid-page.
    await page.evaluate(() => document.fonts.ready.then(() => window.scrollTo(0, 0)));
    await page.screenshot({ path, fullPage: true });
    return path;
  };
}
