/**
 * The smoke journey of a deployed platform (the images on one Docker network, the chart on a cluster): the
 * host shows products from its remotes with none falling back, a product page opens, and Add to cart reaches
 * the bag in the header through the cart service.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const wait = { timeout: 30_000 };

export interface ListedProduct {
  readonly id: string;
  readonly name: string;
}

export async function expectHomeWithRemotes(page: Page, origin: string): Promise<void> {
  await page.goto(`${origin}/`);
  await expect
    .poll(() => page.locator('[data-testid="featured-product"]').first().isVisible(), wait)
    .toBe(true);
  expect(await page.locator('[data-testid^="remote-fallback-"]').count()).toBe(0);
}

export async function expectProductPage(page: Page, origin: string, product: ListedProduct): Promise<void> {
  await page.goto(`${origin}/products/${product.id}`);
  await expect
    .poll(() => page.getByRole('heading', { level: 1, name: product.name }).isVisible(), wait)
    .toBe(true);
}

/** On a product page with an empty bag: Add to cart, and the header counts one item. */
export async function expectAddedToBag(page: Page): Promise<void> {
  const bag = page.getByRole('banner').getByRole('link', { name: /^Bag/ });
  await expect.poll(() => bag.getAttribute('aria-label'), wait).toMatch(/^Bag(, 0 items)?$/);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect.poll(() => bag.getAttribute('aria-label'), wait).toBe('Bag, 1 item');
}
