/**
 * The whole platform started from the images on one Docker network (database included), used the way a
 * person uses it: the home page loads its remotes, a product page loads, and Add to cart puts the product in
 * the bag, which the header's count shows (a round trip through the edge, the cart service and the product
 * service). Screenshots go to e2e/screenshots/images-*.png.
 */
import { apiPrefix } from '@emporium/registry';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, type WatchedPage } from '../../e2e/support/browser.ts';
import { expectAddedToBag, expectHomeWithRemotes, expectProductPage } from '../../e2e/support/smoke.ts';
import { type ImagePlatform, startImagePlatform } from '../src/platform.ts';

let platform: ImagePlatform;
let browser: Browser;
let watched: WatchedPage;
let page: Page;

beforeAll(async () => {
  platform = await startImagePlatform({ run: 'test' });
  browser = await launchBrowser();
  watched = await openPage(browser);
  page = watched.page;
}, 300_000);

afterAll(async () => {
  await browser?.close();
  await platform?.stop();
});

describe('the platform from images', () => {
  it('loads the home page with its remotes', async () => {
    await expectHomeWithRemotes(page, platform.url);
    await watched.screenshot('images-home');
  });

  it('loads a product page', async () => {
    const reply = await fetch(`${platform.url}${apiPrefix('product')}/products?limit=1&inStock=true`);
    expect(reply.status).toBe(200);
    const product = ((await reply.json()) as { items: { id: string; name: string }[] }).items[0];
    expect(product).toBeDefined();
    if (product) await expectProductPage(page, platform.url, product);
    await watched.screenshot('images-product');
  });

  it('adds it to the cart through the cart service', async () => {
    await expectAddedToBag(page);
    await watched.screenshot('images-added-to-cart');
    expect(watched.consoleErrors).toEqual([]);
  });
});
