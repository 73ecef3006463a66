/**
 * The account micro frontend in headless Chromium against the whole platform: a signed-out visitor asked
 * to sign in and brought back, the address book (mistakes shown per field with focus on the first, save,
 * default, edit, delete with confirmation), a profile name change the header follows, and the wishlist
 * (saved from the product page, moved to the bag). A fresh customer per run, so no other test's data
 * shows here; what the page shows is checked against the user service. Steps share one page and run in
 * order; after a failure the rest are skipped. Screenshots land in e2e/artifacts/account.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { type Session, signInOnPage, signUp } from '../support/accounts.ts';
import { openPage, useBrowser, type WatchedPage } from '../support/browser.ts';
import { call } from '../support/http.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const wait = { timeout: 15_000 };
const artifacts = join(import.meta.dirname, '..', 'artifacts', 'account');

interface SavedAddress {
  id: string;
  name: string;
  line1: string;
  landmark: string;
  isDefault: boolean;
}

let customer: Session & { password: string };
let w: WatchedPage;
let page: Page;
let shots = 0;

/** A numbered screenshot of what the shopper sees now, kept as a test artifact. */
async function shot(name: string) {
  shots += 1;
  await page.evaluate(() => document.fonts.ready.then(() => undefined));
  await page.screenshot({ path: join(artifacts, `${String(shots).padStart(2, '0')}-${name}.png`) });
}

/** Steps of one visit: each runs only if every earlier one passed. */
let broken = '';
function step(name: string, run: () => Promise<void>) {
  it(name, async (context) => {
    if (broken) context.skip(`an earlier step failed: ${broken}`);
    try {
      await run();
    } catch (error) {
      broken = name;
      await shot(`failed-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
      if (w.consoleErrors.length > 0 && error instanceof Error)
        error.message += `\n  page errors:\n  ${w.consoleErrors.slice(-10).join('\n  ')}`;
      throw error;
    }
  });
}

/** The address book as the user service holds it, default first. */
async function savedAddresses(): Promise<SavedAddress[]> {
  const reply = await call<{ items: SavedAddress[] }>(baseUrl, 'user', 'GET', '/me/addresses', {
    token: customer.token,
  });
  expect(reply.status).toBe(200);
  return reply.body.items;
}

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const toasts = () => page.getByTestId('toasts');
const savedList = () => page.getByRole('list', { name: 'Saved addresses' });
const card = (name: string) => savedList().getByRole('listitem', { name, exact: true });
const bagLink = () => page.getByRole('banner').getByRole('link', { name: /^Bag/ });

describe('a customer’s account', () => {
  beforeAll(async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    customer = await signUp(baseUrl);
    w = await openPage(browser());
    page = w.page;
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  step('asks a signed-out visitor to sign in, and comes back to the addresses after', async () => {
    await page.goto(`${baseUrl}/account/addresses`);
    const prompt = page.getByRole('region', { name: 'Sign in to see your account' });
    await expect.poll(() => prompt.isVisible(), wait).toBe(true);
    await shot('sign-in-prompt');
    await prompt.getByRole('link', { name: 'Sign in' }).click();
    await page.waitForURL((url) => url.pathname === '/auth/login');
    expect(new URL(page.url()).searchParams.get('returnTo')).toBe('/account/addresses');
    await signInOnPage(page, { email: customer.user.email, password: customer.password });
    await page.waitForURL(`${baseUrl}/account/addresses`, wait);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText(), wait).toBe('Hello, Test');
    await expect
      .poll(() => page.getByRole('heading', { name: 'No saved addresses yet' }).isVisible(), wait)
      .toBe(true);
  });

  step('shows an address’s mistakes under their fields and moves focus to the first', async () => {
    await page.getByRole('button', { name: 'Add an address' }).click();
    const form = page.getByRole('form', { name: 'New address' });
    // The form opens with focus in its first field.
    await expect.poll(() => isFocused(form.getByLabel('Full name'))).toBe(true);
    await form.getByLabel('Full name').fill('Asha Rao');
    await form.getByLabel('Mobile number').fill('12345');
    await form.getByLabel('House number, building and street').fill('12 MG Road');
    await form.getByLabel('PIN code').fill('056000');
    await form.getByLabel('City or town').fill('Bengaluru');
    await form.getByLabel('State').fill('Karnataka');
    await form.getByRole('button', { name: 'Save address' }).click();

    const phone = form.getByLabel('Mobile number');
    const pincode = form.getByLabel('PIN code');
    await expect.poll(() => phone.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => pincode.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel('Full name').getAttribute('aria-invalid')).toBeNull();
    expect(await form.getByLabel('City or town').getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => isFocused(phone)).toBe(true);
    // Each message is said with its field (aria-describedby), not only shown near it.
    const described = async (field: Locator) => {
      const ids = ((await field.getAttribute('aria-describedby')) ?? '').split(/\s+/).filter(Boolean);
      return Promise.all(ids.map((id) => page.locator(`[id="${id}"]`).innerText()));
    };
    expect((await described(phone)).join(' ')).toContain('Enter a 10-digit mobile number');
    expect((await described(pincode)).join(' ')).toContain('Enter the 6-digit PIN code');
    expect(await savedAddresses()).toEqual([]);
    await shot('address-mistakes');
  });

  step('saves a corrected address, which becomes the default', async () => {
    const form = page.getByRole('form', { name: 'New address' });
    await form.getByLabel('Mobile number').fill('98765 43210');
    await form.getByLabel('PIN code').fill('560001');
    await form.getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => form.count(), wait).toBe(0);
    await expect.poll(() => card('Asha Rao').isVisible(), wait).toBe(true);
    await expect.poll(() => card('Asha Rao').getByTestId('default-address').innerText()).toBe('Default');
    await expect.poll(() => card('Asha Rao').innerText()).toContain('+91 98765 43210');
    await expect.poll(() => toasts().innerText(), wait).toContain('Address saved.');
    const saved = await savedAddresses();
    expect(saved).toHaveLength(1);
    expect(saved[0]).toMatchObject({ name: 'Asha Rao', line1: '12 MG Road', isDefault: true });
  });

  step('makes a second address the default as it is saved', async () => {
    await page.getByRole('button', { name: 'Add a new address' }).click();
    const form = page.getByRole('form', { name: 'New address' });
    await form.getByLabel('Full name').fill('Asha at work');
    await form.getByLabel('Mobile number').fill('9876543211');
    await form.getByLabel('House number, building and street').fill('4th floor, 80 Residency Road');
    await form.getByLabel('PIN code').fill('560025');
    await form.getByLabel('City or town').fill('Bengaluru');
    await form.getByLabel('State').fill('Karnataka');
    await form.getByRole('checkbox', { name: 'Make this my default address' }).check();
    await form.getByRole('button', { name: 'Save address' }).click();
    await expect.poll(() => savedList().getByRole('listitem').count(), wait).toBe(2);
    // Default first, and only one default.
    await expect
      .poll(() => savedList().getByRole('listitem').first().getByRole('heading').innerText())
      .toBe('Asha at work');
    await expect.poll(() => page.getByTestId('default-address').count()).toBe(1);
    await expect
      .poll(() =>
        card('Asha Rao')
          .getByRole('button', { name: /^Make default/ })
          .count(),
      )
      .toBe(1);
    const saved = await savedAddresses();
    expect(saved.map((a) => [a.name, a.isDefault])).toEqual([
      ['Asha at work', true],
      ['Asha Rao', false],
    ]);
    await shot('two-addresses');
  });

  step('edits an address in place', async () => {
    await card('Asha Rao').getByRole('button', { name: /^Edit/ }).click();
    const form = page.getByRole('form', { name: 'Edit address' });
    await expect.poll(() => form.getByLabel('Full name').inputValue()).toBe('Asha Rao');
    await form.getByLabel(/^Landmark/).fill('Opposite the metro station');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => form.count(), wait).toBe(0);
    await expect.poll(() => card('Asha Rao').innerText(), wait).toContain('Opposite the metro station');
    await expect.poll(() => toasts().innerText(), wait).toContain('Address updated.');
    // Focus goes back to the button that opened the editor.
    await expect
      .poll(() => isFocused(card('Asha Rao').getByRole('button', { name: /^Edit/ })), wait)
      .toBe(true);
    const edited = (await savedAddresses()).find((a) => a.name === 'Asha Rao');
    expect(edited?.landmark).toBe('Opposite the metro station');
  });

  step('deletes an address only once the deletion is confirmed', async () => {
    const office = card('Asha at work');
    await office.getByRole('button', { name: /^Delete/ }).click();
    const question = office.getByRole('group', { name: 'Delete this address?' });
    await expect.poll(() => question.isVisible()).toBe(true);
    const confirm = question.getByRole('button', { name: /^Delete/ });
    await expect.poll(() => isFocused(confirm)).toBe(true);
    await shot('confirm-delete');
    // "Keep it" backs out without deleting.
    await question.getByRole('button', { name: 'Keep it' }).click();
    await expect.poll(() => question.count()).toBe(0);
    expect(await savedAddresses()).toHaveLength(2);

    await office.getByRole('button', { name: /^Delete/ }).click();
    await question.getByRole('button', { name: /^Delete/ }).click();
    await expect.poll(() => savedList().getByRole('listitem').count(), wait).toBe(1);
    await expect.poll(() => toasts().innerText(), wait).toContain('Address deleted.');
    // The deleted default handed the default to the address that is left.
    await expect.poll(() => card('Asha Rao').getByTestId('default-address').isVisible(), wait).toBe(true);
    const saved = await savedAddresses();
    expect(saved.map((a) => [a.name, a.isDefault])).toEqual([['Asha Rao', true]]);
  });

  step('changes the profile’s name, and the header follows', async () => {
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Profile' }).click();
    await page.waitForURL(`${baseUrl}/account`);
    await expect.poll(() => page.getByTestId('profile-name').innerText(), wait).toBe('Test customer');
    await expect
      .poll(() => page.getByRole('banner').getByRole('button', { name: 'Account of Test' }).isVisible())
      .toBe(true);
    await page.getByRole('button', { name: 'Edit profile' }).click();
    const form = page.getByRole('form', { name: 'Edit your profile' });
    await form.getByLabel('Full name').fill('Meera Iyer');
    await form.getByRole('button', { name: 'Save changes' }).click();
    await expect.poll(() => page.getByTestId('profile-name').innerText(), wait).toBe('Meera Iyer');
    const header = page.getByRole('banner').getByRole('button', { name: 'Account of Meera' });
    await expect.poll(() => header.isVisible(), wait).toBe(true);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('Hello, Meera');
    await expect.poll(() => toasts().innerText(), wait).toContain('Your profile is saved.');
    await shot('profile-renamed');
    // Kept by the user service: a fresh load (the session restored from the refresh cookie) says it too.
    await page.reload();
    await expect.poll(() => header.isVisible(), wait).toBe(true);
    await expect.poll(() => page.getByTestId('profile-name').innerText(), wait).toBe('Meera Iyer');
  });

  step('saves a product to the wishlist and moves it to the bag from there', async () => {
    const catalog = await call<{ items: { id: string; name: string; stock: number }[] }>(
      baseUrl,
      'product',
      'GET',
      '/products?inStock=true&sort=rating&limit=20',
    );
    // Stock to spare, so other tests' orders cannot sell it out under this one.
    const product = catalog.body.items.find((p) => p.stock >= 5);
    if (!product) throw new Error('no product with stock to spare: is the catalog seeded?');
    await page.goto(`${baseUrl}/products/${product.id}`);
    await expect.poll(() => page.getByTestId('product-title').innerText(), wait).toBe(product.name);
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toMatch(/^Bag(, 0 items)?$/);
    const save = page.getByRole('button', { name: /Save to wishlist|Saved to wishlist/ });
    // The button knows whether the product is saved once the wishlist has been read.
    await expect.poll(() => save.getAttribute('aria-pressed'), wait).toBe('false');
    await save.click();
    await expect.poll(() => save.getAttribute('aria-pressed'), wait).toBe('true');
    await expect.poll(() => toasts().innerText(), wait).toContain('Saved to your wishlist');

    await page.getByRole('banner').getByRole('button', { name: 'Account of Meera' }).click();
    await page.getByRole('link', { name: 'Your account' }).click();
    await page.getByRole('navigation', { name: 'Account' }).getByRole('link', { name: 'Wishlist' }).click();
    await page.waitForURL(`${baseUrl}/account/wishlist`);
    const saved = page.getByRole('list', { name: 'Saved products' });
    const item = saved.getByRole('listitem', { name: product.name, exact: true });
    await expect.poll(() => item.isVisible(), wait).toBe(true);
    await expect.poll(() => item.innerText()).toMatch(/₹/);
    await shot('wishlist');

    await item.getByRole('button', { name: /^Move to bag/ }).click();
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toBe('Bag, 1 item');
    await expect.poll(() => item.count(), wait).toBe(0);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Your wishlist is empty' }).isVisible(), wait)
      .toBe(true);
    await expect.poll(() => toasts().innerText(), wait).toContain(`Moved ${product.name} to your bag.`);
    await shot('moved-to-bag');

    const wishlist = await call<{ items: unknown[] }>(baseUrl, 'user', 'GET', '/me/wishlist', {
      token: customer.token,
    });
    expect(wishlist.body.items).toEqual([]);
    const cart = await call<{ items: { productId: string; quantity: number }[] }>(
      baseUrl,
      'cart',
      'GET',
      '/cart',
      { token: customer.token },
    );
    expect(cart.body.items.map((line) => [line.productId, line.quantity])).toEqual([[product.id, 1]]);
    expect(w.consoleErrors).toEqual([]);
  });
});
