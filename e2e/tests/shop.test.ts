import { describe, expect, inject, it } from 'vitest';
import { listProducts } from '../support/api.ts';
import { openPage, useBrowser } from '../support/browser.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('a shopper browsing the catalog', () => {
  it('gets the host shell, which loads the products remote at runtime and shows real products', async () => {
    const w = await openPage(browser());
    const remoteRequested = w.page.waitForRequest((r) =>
      /\/mfe\/products\/(mf-manifest\.json|remoteEntry\.js)$/.test(r.url()),
    );
    await w.page.goto(`${baseUrl}/products`);
    await remoteRequested;

    const expected = await listProducts(baseUrl, 'limit=24');
    const cards = w.page.getByTestId('product-card');
    await expect.poll(() => cards.count(), { timeout: 15000 }).toBe(24);
    await expect.poll(() => cards.first().innerText()).toContain(expected.items[0]?.name ?? '<none>');
    await expect.poll(() => w.page.getByTestId('result-count').innerText()).toContain(String(expected.total));
    await w.screenshot('products-grid');

    // Loaded at runtime from the remote's own URL, as a separate federation container.
    expect(w.requests.some((u) => u.endsWith('/mfe/products/remoteEntry.js'))).toBe(true);
    expect(w.requests.some((u) => u.endsWith('/runtime-config.json'))).toBe(true);
    expect(w.consoleErrors).toEqual([]);
  });

  it('searches from the header and opens a product page', async () => {
    const w = await openPage(browser());
    await w.page.goto(`${baseUrl}/`);
    const { items } = await listProducts(baseUrl, 'sort=rating&limit=1');
    const target = items[0];
    if (!target) throw new Error('empty catalog');
    const query = target.name.split(/\s+/).slice(0, 2).join(' ');
    const expected = await listProducts(baseUrl, `q=${encodeURIComponent(query)}&limit=60`);

    const search = w.page.getByRole('searchbox', { name: 'Search products' });
    await search.fill(query);
    await search.press('Enter');
    await w.page.waitForURL((url) => url.pathname === '/products' && url.searchParams.get('q') === query);
    const cards = w.page.getByTestId('product-card');
    await expect.poll(() => cards.count(), { timeout: 15000 }).toBe(Math.min(expected.total, 24));
    await expect.poll(() => w.page.getByTestId('result-count').innerText()).toContain(String(expected.total));
    await w.screenshot('search-results');

    await w.page.getByRole('link', { name: target.name, exact: true }).first().click();
    await w.page.waitForURL(`${baseUrl}/products/${target.id}`);
    await expect
      .poll(() => w.page.getByTestId('product-title').innerText(), { timeout: 15000 })
      .toBe(target.name);
    await expect.poll(() => w.page.getByTestId('product-price').innerText()).toMatch(/₹/);
    await w.screenshot('product-page');
    expect(w.consoleErrors).toEqual([]);
  });

  it('opens a product page from a deep link', async () => {
    const w = await openPage(browser());
    const { items } = await listProducts(baseUrl, 'sort=newest&limit=1');
    const target = items[0];
    if (!target) throw new Error('empty catalog');
    await w.page.goto(`${baseUrl}/products/${target.id}`);
    await expect
      .poll(() => w.page.getByTestId('product-title').innerText(), { timeout: 15000 })
      .toBe(target.name);
  });

  it('filters by category and stock, with the count the service reports', async () => {
    const w = await openPage(browser());
    const { items } = await listProducts(baseUrl, 'limit=1');
    const category = items[0]?.category;
    if (!category) throw new Error('empty catalog');
    const expected = await listProducts(baseUrl, `category=${category.slug}&inStock=true&limit=1`);

    await w.page.goto(`${baseUrl}/products`);
    await w.page
      .getByRole('navigation', { name: 'Categories' })
      .getByRole('link', { name: category.name, exact: true })
      .click();
    await w.page.getByRole('checkbox', { name: 'In stock only' }).check();
    await w.page.waitForURL(
      (url) =>
        url.searchParams.get('category') === category.slug && url.searchParams.get('inStock') === 'true',
    );
    await expect
      .poll(() => w.page.getByTestId('result-count').innerText(), { timeout: 15000 })
      .toContain(String(expected.total));
    await expect.poll(() => w.page.getByRole('heading', { level: 1 }).innerText()).toContain(category.name);
    await w.screenshot('category-filtered');
  });

  it('shows a page-not-found page for unknown paths, inside the shell', async () => {
    const w = await openPage(browser());
    await w.page.goto(`${baseUrl}/no/such/page`);
    await expect
      .poll(() => w.page.getByRole('heading', { name: 'Page not found' }).count(), { timeout: 15000 })
      .toBe(1);
    await expect.poll(() => w.page.getByRole('searchbox', { name: 'Search products' }).count()).toBe(1);
  });
});
