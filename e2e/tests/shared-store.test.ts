/**
 * One store for the whole page: @emporium/store is a federation singleton, so what a remote changes, the
 * host shows. The products remote adds to the cart; the host's header badge and the host's toast region
 * (both read the store) follow, and both apps hold the very same store object.
 */
import { describe, expect, inject, it } from 'vitest';
import { listProducts } from '../support/api.ts';
import { cspViolations, openPage, useBrowser } from '../support/browser.ts';
import { sharedAssets } from '../support/federation.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the shared store', () => {
  it('shows in the host what the products remote changed, from one store instance', async () => {
    const { items } = await listProducts(baseUrl, 'inStock=true&sort=rating&limit=1');
    const product = items[0];
    if (!product) throw new Error('no product in stock');
    const w = await openPage(browser());
    await w.page.goto(`${baseUrl}/products/${product.id}`);
    await expect
      .poll(() => w.page.getByTestId('product-title').innerText(), { timeout: 20_000 })
      .toBe(product.name);
    // A guest with an empty bag: the host's badge shows no count yet.
    expect(await w.page.getByTestId('header-cart-count').count()).toBe(0);

    // The button and the call are the products remote's; the badge and the toasts are the host's.
    await w.page.getByRole('region', { name: 'Buy' }).getByRole('button', { name: 'Add to cart' }).click();
    await expect
      .poll(() => w.page.getByTestId('toasts').innerText(), { timeout: 15_000 })
      .toContain(`${product.name} to your cart`);
    await expect.poll(() => w.page.getByTestId('header-cart-count').innerText()).toBe('1');
    expect(await w.page.getByTestId('header-cart').getAttribute('aria-label')).toBe('Bag, 1 item');
    await w.screenshot('shared-store-cart-count');

    // Both federation containers resolve @emporium/store to the same module, hence the same store.
    const sameStore = await w.page.evaluate(async () => {
      type Instance = {
        name: string;
        loadShare(name: string): Promise<false | (() => { shopStore: unknown })>;
      };
      const { __INSTANCES__: instances } = (
        globalThis as unknown as { __FEDERATION__: { __INSTANCES__: Instance[] } }
      ).__FEDERATION__;
      const storeOf = async (name: string) => {
        const factory = await instances.find((i) => i.name === name)?.loadShare('@emporium/store');
        if (!factory) throw new Error(`${name} shares no @emporium/store`);
        return factory().shopStore;
      };
      const [host, products] = await Promise.all([storeOf('mfe_host'), storeOf('mfe_products')]);
      return host === products;
    });
    expect(sameStore).toBe(true);
    // And the store's code was downloaded once for the page, not once per app.
    const storeFiles = await sharedAssets(baseUrl, ['@emporium/store']);
    const downloaded = w.requests.filter((u) => storeFiles.has(u));
    expect(downloaded.length).toBeGreaterThan(0);
    expect(downloaded.length).toBe(new Set(downloaded).size);
    expect(new Set(downloaded.map((u) => storeFiles.get(u)?.mfe)).size).toBe(1);
    expect(cspViolations(w.consoleErrors)).toEqual([]);
  });
});
