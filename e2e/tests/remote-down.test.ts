/**
 * Resilience of the shell: a remote that is down, hanging or back again costs only its own slot; and React,
 * which all eight apps use, is downloaded once per page load however many remotes the page mounts.
 */
import { type RemoteName, type RuntimeConfig, remotes } from '@emporium/registry';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { cspViolations, openPage, useBrowser, type WatchedPage } from '../support/browser.ts';
import { sharedAssets } from '../support/federation.ts';
import { platformRuntimeConfig, type Started, startGateway, startRemoteServer } from '../support/topology.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

/**
 * Waits until a remote's slot has settled and says whether it rendered or fell back. Rendered means: that
 * remote's own entry was fetched, its loading state is gone and the page shows something.
 */
async function slotOutcome(w: WatchedPage, remote: RemoteName): Promise<'rendered' | 'fallback'> {
  const fallback = w.page.getByTestId(`remote-fallback-${remote}`);
  const loading = w.page.getByTestId(`remote-loading-${remote}`);
  const main = w.page.getByRole('main');
  const fetched = () => w.requests.some((u) => u.endsWith(`/mfe/${remote}/remoteEntry.js`));
  const settled = async () =>
    (await fallback.count()) > 0 ||
    (fetched() && (await loading.count()) === 0 && (await main.innerText()).trim() !== '');
  await expect.poll(settled, { timeout: 20_000 }).toBe(true);
  return (await fallback.count()) > 0 ? 'fallback' : 'rendered';
}

/** The home page: the content remote's (banners, rails), or the shell's own shop front in its place. */
async function homeOutcome(w: WatchedPage): Promise<'rendered' | 'fallback'> {
  const home = w.page.getByTestId('home-page');
  const shopFront = w.page.getByTestId('home-fallback');
  await expect
    .poll(async () => (await home.count()) + (await shopFront.count()), { timeout: 20_000 })
    .toBeGreaterThan(0);
  return (await home.count()) > 0 ? 'rendered' : 'fallback';
}

/** A link inside the shell: the route changes without a page load, as when a shopper clicks. */
async function goInside(w: WatchedPage, route: string): Promise<void> {
  await w.page.evaluate((to) => {
    history.pushState({}, '', to);
    dispatchEvent(new PopStateEvent('popstate'));
  }, route);
}

describe('when the products remote’s own server is stopped', () => {
  let remoteServer: Started & { restart(): Promise<void> };
  let gateway: Started;
  let config: RuntimeConfig;

  beforeAll(async () => {
    // The products remote on a server of its own (its nginx pod in a cluster), listed by the runtime config.
    remoteServer = await startRemoteServer('products');
    const platformConfig = await platformRuntimeConfig(baseUrl);
    const products = platformConfig.remotes.products;
    if (!products) throw new Error('the products remote is not built');
    config = {
      ...platformConfig,
      remotes: {
        ...platformConfig.remotes,
        products: { ...products, entry: `${remoteServer.url}${new URL(products.entry, baseUrl).pathname}` },
      },
    };
    gateway = await startGateway({ serviceUrls: inject('serviceUrls'), runtimeConfig: config });
  });
  afterAll(async () => {
    await gateway?.stop();
    await remoteServer?.stop();
  });

  it('shows the fallback in its slot, keeps every other domain working, and loads it on retry once it is back', async () => {
    await remoteServer.stop();
    const w = await openPage(browser());
    await w.page.goto(`${gateway.url}/products`);

    const fallback = w.page.getByTestId('remote-fallback-products');
    await expect.poll(() => fallback.isVisible(), { timeout: 20_000 }).toBe(true);
    expect(await fallback.getAttribute('role')).toBe('alert');
    // The shell around it works: header search and brand are there.
    expect(await w.page.getByRole('searchbox', { name: 'Search products' }).isVisible()).toBe(true);
    expect(await w.page.getByRole('link', { name: 'Emporium' }).first().isVisible()).toBe(true);
    await w.screenshot('remote-down-fallback');

    // Every other deployed domain still renders, in the same page (links inside the shell, no reload).
    const others = remotes().filter((r) => r.name !== 'products' && config.remotes[r.name]);
    expect(others.length).toBeGreaterThan(0);
    for (const remote of others) {
      await goInside(w, remote.route);
      expect(await slotOutcome(w, remote.name), remote.name).toBe('rendered');
    }
    // Home (the content remote's) too.
    await w.page.getByRole('link', { name: 'Emporium' }).first().click();
    expect(await homeOutcome(w)).toBe('rendered');

    // Back to the broken slot: still its fallback; then the server comes back and "Try again" loads it.
    await goInside(w, '/products');
    await expect.poll(() => fallback.isVisible(), { timeout: 20_000 }).toBe(true);
    await remoteServer.restart();
    await fallback.getByRole('button', { name: 'Try again' }).click();
    await expect
      .poll(() => w.page.getByTestId('product-card').count(), { timeout: 20_000 })
      .toBeGreaterThan(0);
    expect(await fallback.count()).toBe(0);
    await w.screenshot('remote-down-retried');
    // The policy names the remote's own origin, so loading it from there broke no rule.
    expect(cspViolations(w.consoleErrors)).toEqual([]);
  });
});

describe('when a remote misbehaves on the network', () => {
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

  it('keeps the home page when the products remote is unreachable', async () => {
    const w = await openPage(browser());
    await w.page.route('**/mfe/products/**', (route) => route.abort('connectionrefused'));
    await w.page.goto(`${baseUrl}/`);
    expect(await homeOutcome(w)).toBe('rendered');
  });
});

describe('React on a page that mounts several remotes', () => {
  it('is downloaded once, from one app, though every app was built with it', async () => {
    const assets = await sharedAssets(baseUrl, [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
    ]);
    // Every app carries its own fallback copy of React (so each runs standalone), at distinct URLs.
    expect(new Set([...assets.values()].map((a) => a.mfe)).size).toBeGreaterThanOrEqual(4);

    const w = await openPage(browser());
    await w.page.goto(`${baseUrl}/`);
    expect(await homeOutcome(w)).toBe('rendered');
    const config = await platformRuntimeConfig(baseUrl);
    const visited: RemoteName[] = ['content'];
    for (const remote of remotes()) {
      if (remote.name === 'content' || !config.remotes[remote.name]) continue;
      await goInside(w, remote.route);
      expect(await slotOutcome(w, remote.name), remote.name).toBe('rendered');
      visited.push(remote.name);
    }
    const entries = w.requests.filter((u) => /\/mfe\/[a-z]+\/remoteEntry\.js$/.test(u));
    expect(new Set(entries).size).toBe(visited.length);

    const reactDownloads = w.requests.filter((u) => assets.has(u));
    const perModule = new Map<string, string[]>();
    for (const url of reactDownloads) {
      const { module } = assets.get(url) ?? { module: '?' };
      perModule.set(module, [...(perModule.get(module) ?? []), url]);
    }
    // react and react-dom arrived, each from exactly one app, and no file of them twice.
    expect(perModule.has('react')).toBe(true);
    expect(perModule.has('react-dom/client')).toBe(true);
    expect(new Set(reactDownloads.map((u) => assets.get(u)?.mfe))).toEqual(new Set(['host']));
    expect(reactDownloads.length).toBe(new Set(reactDownloads).size);
    expect(cspViolations(w.consoleErrors)).toEqual([]);
  });
});
