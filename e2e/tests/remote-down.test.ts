import { describe, expect, inject, it } from 'vitest';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('when the products remote is unavailable', () => {
  it('still renders the shell with a fallback, and loads the remote when retried after it is back', async () => {
    const w = await openPage(browser());
    await w.page.route('**/mfe/products/**', (route) => route.abort('connectionrefused'));
    await w.page.goto(`${baseUrl}/products`);

    const fallback = w.page.getByTestId('remote-fallback-products');
    await expect.poll(() => fallback.isVisible(), { timeout: 15000 }).toBe(true);
    expect(await fallback.getAttribute('role')).toBe('alert');
    expect(await w.page.getByRole('searchbox', { name: 'Search products' }).isVisible()).toBe(true);
    expect(await w.page.getByRole('link', { name: 'Emporium' }).first().isVisible()).toBe(true);
    await w.screenshot('remote-down-fallback');

    await w.page.unroute('**/mfe/products/**');
    await fallback.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => w.page.getByTestId('product-card').count(), { timeout: 15000 })
      .toBeGreaterThan(0);
    expect(await fallback.count()).toBe(0);
  });

  it('falls back within seconds when the remote accepts but never answers', async () => {
    const w = await openPage(browser());
    await w.page.route('**/mfe/products/**', () => {
      // Never fulfilled: a hanging remote.
    });
    const t0 = Date.now();
    await w.page.goto(`${baseUrl}/products`, { waitUntil: 'commit' });
    await expect
      .poll(() => w.page.getByTestId('remote-fallback-products').isVisible(), { timeout: 20000 })
      .toBe(true);
    expect(Date.now() - t0).toBeLessThan(15000);
    expect(await w.page.getByRole('searchbox', { name: 'Search products' }).isVisible()).toBe(true);
  });

  it('keeps the rest of the shell usable: the home page renders without the remote', async () => {
    const w = await openPage(browser());
    await w.page.route('**/mfe/products/**', (route) => route.abort('connectionrefused'));
    await w.page.goto(`${baseUrl}/`);
    await expect
      .poll(() => w.page.getByRole('link', { name: 'Shop all products' }).isVisible(), { timeout: 15000 })
      .toBe(true);
  });
});
