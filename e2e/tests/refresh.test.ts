/**
 * The access token's refresh, in the browser, against real services: a user-service replica on the
 * platform's database issues access tokens that live 3 seconds (ACCESS_TOKEN_TTL_SECONDS), behind a gateway
 * of this file's own; every other service is the platform's and verifies those tokens as usual. After the
 * token has expired, several API calls at once through the page's shared client cause exactly one refresh
 * request, and every call is retried with the new token and succeeds.
 */
import { apiPrefix } from '@emporium/registry';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { signUp } from '../support/accounts.ts';
import { cspViolations, openPage, useBrowser } from '../support/browser.ts';
import { type Started, startGateway, startUserReplica } from '../support/topology.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const tokenSeconds = 3;

let replica: Started;
let gateway: Started;

beforeAll(async () => {
  replica = await startUserReplica({
    databaseUri: inject('databaseUri'),
    serviceUrls: inject('serviceUrls'),
    serviceKeys: inject('serviceKeys'),
    env: { ACCESS_TOKEN_TTL_SECONDS: String(tokenSeconds) },
  });
  gateway = await startGateway({ serviceUrls: inject('serviceUrls'), services: { user: replica.url } });
});
afterAll(async () => {
  await gateway?.stop();
  await replica?.stop();
});

const refreshPath = `${apiPrefix('user')}/customer/auth/refresh`;
const protectedPaths = [
  `${apiPrefix('user')}/me`,
  `${apiPrefix('order')}/orders`,
  `${apiPrefix('cart')}/cart`,
  `${apiPrefix('support')}/tickets`,
];

async function signInThroughTheLoginPage(page: Page, email: string, password: string) {
  await page.goto(`${gateway.url}/auth/login`);
  const form = page.getByRole('form', { name: 'Sign in with password' });
  await form.getByLabel('Email').fill(email);
  await form.getByLabel('Password', { exact: true }).fill(password);
  const signedIn = page.waitForResponse(
    (r) => r.url().endsWith('/customer/auth/login') && r.request().method() === 'POST',
  );
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
  expect((await signedIn).status()).toBe(200);
  await page.waitForURL((url) => !url.pathname.startsWith('/auth/login'), { timeout: 15_000 });
}

/**
 * Follows when the page last got an access token (sign-in or refresh), so a test can wait until that token
 * has certainly expired, whatever the page did meanwhile (its batched analytics, for one, are sent a few
 * seconds after sign-in and may meet the expired token first and refresh it).
 */
function tokenClock(page: Page) {
  let issuedAt = Date.now();
  page.on('response', (r) => {
    if (/\/customer\/auth\/(login|refresh)$/.test(new URL(r.url()).pathname) && r.status() === 200) {
      issuedAt = Date.now();
    }
  });
  return {
    /** Resolves once the analytics batch is out and the newest token is past its lifetime. */
    async expired() {
      await page.waitForTimeout(6_000);
      await page.waitForLoadState('networkidle');
      const wait = issuedAt + (tokenSeconds + 1.5) * 1000 - Date.now();
      if (wait > 0) await page.waitForTimeout(wait);
    },
  };
}

/**
 * Calls four protected resources of four services at the same moment, through the @emporium/api module
 * the page shares (the federation share scope's singleton, the very one every MFE imports).
 */
function callFourServicesAtOnce(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    type Api = {
      userApi: { me(): Promise<unknown> };
      ordersApi: { listOrders(): Promise<unknown> };
      cartApi: { getCart(): Promise<unknown> };
      supportApi: { listTickets(): Promise<unknown> };
    };
    type Instance = { name: string; loadShare(name: string): Promise<false | (() => Api)> };
    const federation = (globalThis as unknown as { __FEDERATION__: { __INSTANCES__: Instance[] } })
      .__FEDERATION__;
    const host = federation.__INSTANCES__.find((instance) => instance.name === 'mfe_host');
    const factory = await host?.loadShare('@emporium/api');
    if (!factory) throw new Error('the page shares no @emporium/api');
    const api = factory();
    const settled = await Promise.allSettled([
      api.userApi.me(),
      api.ordersApi.listOrders(),
      api.cartApi.getCart(),
      api.supportApi.listTickets(),
    ]);
    return settled.map((s) =>
      s.status === 'fulfilled' ? 'ok' : String((s.reason as { code?: string }).code ?? s.reason),
    );
  });
}

describe('an access token that expires while the shopper is on the page', () => {
  it('is refreshed once for several concurrent calls, and every call then succeeds', async () => {
    const shopper = await signUp(baseUrl);
    const w = await openPage(browser());
    const refreshes: number[] = [];
    const answers: { path: string; status: number }[] = [];
    w.page.on('request', (r) => {
      if (new URL(r.url()).pathname === refreshPath && r.method() === 'POST') refreshes.push(Date.now());
    });
    w.page.on('response', (r) => {
      const path = new URL(r.url()).pathname;
      if (protectedPaths.includes(path)) answers.push({ path, status: r.status() });
    });

    const token = tokenClock(w.page);
    await signInThroughTheLoginPage(w.page, shopper.user.email, shopper.password);
    // Whatever the page does after signing in (it may already have refreshed once) is not counted.
    await token.expired();
    const refreshesBefore = refreshes.length;
    answers.length = 0;

    const outcomes = await callFourServicesAtOnce(w.page);

    expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok']);
    expect(refreshes.length - refreshesBefore).toBe(1);
    // Each call really met the expired token first (401), then was retried once with the new one (200).
    for (const path of protectedPaths) {
      expect(
        answers.filter((a) => a.path === path).map((a) => a.status),
        path,
      ).toEqual([401, 200]);
    }
    expect(cspViolations(w.consoleErrors)).toEqual([]);
  });

  it('keeps the shopper signed in across pages: a page opened after expiry refreshes once and loads', async () => {
    const shopper = await signUp(baseUrl);
    const w = await openPage(browser());
    let refreshes = 0;
    w.page.on('request', (r) => {
      if (new URL(r.url()).pathname === refreshPath && r.method() === 'POST') refreshes += 1;
    });
    const token = tokenClock(w.page);
    await signInThroughTheLoginPage(w.page, shopper.user.email, shopper.password);
    await token.expired();
    const before = refreshes;

    // A link inside the shell (no page load): the bag asks the cart service with the expired token.
    const cartLoaded = w.page.waitForResponse(
      (r) => new URL(r.url()).pathname === `${apiPrefix('cart')}/cart` && r.status() === 200,
    );
    await w.page.getByTestId('header-cart').click();
    await cartLoaded;
    await w.page.waitForLoadState('networkidle');
    expect(new URL(w.page.url()).pathname).toBe('/cart');
    expect(refreshes - before).toBe(1);
    expect(cspViolations(w.consoleErrors)).toEqual([]);
  });
});
