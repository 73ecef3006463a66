/**
 * Cancelling an order in headless Chromium against the whole platform: a fresh customer's order (placed
 * through the API, as the journey test already places one through the pages) is cancelled on its page
 * behind the confirmation dialog. The page shows it cancelled, focus lands on the order's heading (the
 * cancel button is gone), the order service agrees, and the stock is back in the product service.
 */
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logInSeller, type Session, signInOnPage, signUp } from '../support/accounts.ts';
import { openPage, useBrowser, type WatchedPage } from '../support/browser.ts';
import { call } from '../support/http.ts';
import { address, newProduct, product } from './api/catalog.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const wait = { timeout: 15_000 };

let customer: Session & { password: string };
let w: WatchedPage;
let orderId: string;
let productId: string;

describe('cancelling an order', () => {
  beforeAll(async () => {
    const seller = await logInSeller(baseUrl);
    const item = await newProduct(baseUrl, seller, 5);
    productId = item.id;
    customer = await signUp(baseUrl);
    const added = await call(baseUrl, 'cart', 'POST', '/cart/items', {
      token: customer.token,
      body: { productId, quantity: 2 },
    });
    expect(added.status).toBeLessThan(300);
    const placed = await call<{ order: { id: string } }>(baseUrl, 'cart', 'POST', '/checkout', {
      token: customer.token,
      headers: { 'idempotency-key': `key-${randomUUID()}` },
      body: { shippingAddress: address(), paymentMethod: 'cod' },
    });
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    orderId = placed.body.order.id;
    expect((await product(baseUrl, productId)).stock).toBe(3);
    w = await openPage(browser());
  });

  afterAll(async () => {
    await w?.page.context().close();
  });

  it('cancels behind a confirmation, moves focus to the order, and gives the stock back', async () => {
    const { page } = w;
    page.setDefaultTimeout(15_000);
    await page.goto(`${baseUrl}/auth/login?${new URLSearchParams({ returnTo: `/orders/${orderId}` })}`);
    await signInOnPage(page, { email: customer.user.email, password: customer.password });
    await page.waitForURL(`${baseUrl}/orders/${orderId}`, wait);

    const opener = page.getByRole('button', { name: 'Cancel order' });
    await opener.click();
    const dialog = page.getByRole('dialog', { name: /^Cancel order / });
    await expect.poll(() => dialog.isVisible(), wait).toBe(true);
    // Backing out keeps the order and gives focus back to the button that opened the dialog.
    await dialog.getByRole('button', { name: 'Keep order' }).click();
    await expect.poll(() => opener.evaluate((el) => el === document.activeElement)).toBe(true);

    await opener.click();
    await dialog.getByLabel(/Reason/).selectOption('I ordered by mistake');
    await dialog.getByRole('button', { name: 'Cancel order' }).click();

    await expect.poll(() => page.getByText(/^Cancelled /).isVisible(), wait).toBe(true);
    await expect.poll(() => opener.count()).toBe(0);
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName ?? ''), wait).toBe('H1');
    await w.screenshot('order-cancelled');

    const order = await call<{ status: string }>(baseUrl, 'order', 'GET', `/orders/${orderId}`, {
      token: customer.token,
    });
    expect(order.body.status).toBe('cancelled');
    expect((await product(baseUrl, productId)).stock).toBe(5);
    expect(w.consoleErrors).toEqual([]);
  });
});
