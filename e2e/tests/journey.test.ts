/**
 * The shopper's journey, end to end in headless Chromium against the whole platform (nine services, the
 * gateway, all eight micro frontends), one browser page from first visit to support ticket: home with the
 * content service's banners, search, filter, product page, add to cart, sign up, sign in again with a
 * one-time code from the dev outbox, coupon, pincode check, checkout, order history with tracking, a
 * review that shows on the product page, and a support ticket. Every step is found the way a person or a
 * screen reader finds it (roles, labels, names) and leaves a numbered screenshot in e2e/artifacts/journey.
 * Steps run in order; after a failure the rest are skipped, since each needs the one before.
 */
import { randomUUID } from 'node:crypto';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { latestCode } from '../support/accounts.ts';
import { openPage, useBrowser, type WatchedPage } from '../support/browser.ts';
import {
  type JourneyProduct,
  journeyProduct,
  liveBanners,
  minPriceRupees,
  productList,
} from '../support/journey-data.ts';
import { journeyShots } from '../support/journey-shots.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const shopper = {
  name: 'Asha Journey',
  email: `journey-${randomUUID()}@test.emporium.dev`,
  password: `pw-${randomUUID()}`,
  phone: '9876543210',
};

let w: WatchedPage;
let page: Page;
let shot: (step: string) => Promise<string>;
let product: JourneyProduct;
let query: string;
let orderNumber = '';
const apiFailures: string[] = [];

/** Steps of one journey: each runs only if every earlier one passed. */
let broken = '';
function step(name: string, run: () => Promise<void>, timeout = 60_000) {
  it(
    name,
    async (context) => {
      if (broken) context.skip(`an earlier step failed: ${broken}`);
      try {
        await run();
      } catch (error) {
        broken = name;
        await shot(`failed-${name.replace(/\W+/g, '-').slice(0, 40)}`).catch(() => undefined);
        // What the page saw go wrong, for whoever reads the failure.
        const seen = [...w.consoleErrors, ...apiFailures].slice(-15).join('\n  ');
        if (seen && error instanceof Error) error.message += `\n  page errors and failed calls:\n  ${seen}`;
        throw error;
      }
    },
    timeout,
  );
}

const wait = { timeout: 15_000 };

/** No micro frontend replaced by its fallback, and no section saying it could not load. */
async function expectHealthyPage() {
  expect(await page.locator('[data-testid^="remote-fallback-"]').count()).toBe(0);
  expect(
    await page
      .getByRole('alert')
      .filter({ hasText: /couldn.t load/i })
      .count(),
  ).toBe(0);
}

const heading = (name: string | RegExp, level = 1) => page.getByRole('heading', { level, name });

/**
 * The listing's results, a region named by its count ("3 products"), once they are in: not busy, so not
 * the previous answer still on screen, dimmed, while the new one loads.
 */
async function resultsShown(total: number): Promise<boolean> {
  const results = page.getByRole('region', { name: `${total} ${total === 1 ? 'product' : 'products'}` });
  return (await results.count()) === 1 && (await results.getAttribute('aria-busy')) === 'false';
}

/** A toast, in the shell's live region. */
const toast = (text: string | RegExp) => page.getByRole('status').filter({ hasText: text });
const bagLink = () => page.getByRole('banner').getByRole('link', { name: /^Bag/ });

describe('the shopper’s journey', () => {
  beforeAll(async () => {
    ({ product, query } = await journeyProduct(baseUrl));
    w = await openPage(browser());
    page = w.page;
    page.setDefaultTimeout(15_000);
    page.on('response', (response) => {
      if (response.status() >= 400)
        apiFailures.push(`${response.status()} ${response.request().method()} ${response.url()}`);
    });
    page.on('requestfailed', (request) =>
      apiFailures.push(`failed ${request.method()} ${request.url()}: ${request.failure()?.errorText}`),
    );
    shot = journeyShots(page);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  step('lands on the home page with the content service’s banners', async () => {
    const hero = await liveBanners(baseUrl, 'home-hero');
    const strip = await liveBanners(baseUrl, 'home-strip');
    expect(hero.length, 'the seed has live hero banners').toBeGreaterThan(0);
    await page.goto(`${baseUrl}/`);
    const offers = page.getByRole('region', { name: 'Offers' });
    await expect.poll(() => offers.isVisible(), wait).toBe(true);
    // Hold the carousel on its first slide, as a shopper would to read it.
    const stop = offers.getByRole('button', { name: 'Stop the slide show' });
    if (await stop.count()) await stop.click();
    const first = hero[0]?.title ?? '';
    await expect.poll(() => offers.getByRole('heading', { level: 2, name: first }).isVisible()).toBe(true);
    await expect
      .poll(() => offers.getByRole('button', { name: /^Slide \d+:/ }).count())
      .toBe(hero.length > 1 ? hero.length : 0);
    if (strip.length > 0) {
      const promotions = page.getByRole('region', { name: 'Promotions' });
      await expect.poll(() => promotions.getByRole('listitem').count()).toBe(strip.length);
      await expect.poll(() => promotions.innerText()).toContain(strip[0]?.title ?? '');
    }
    // The rest of the page comes from the product service through the same remote.
    for (const section of ['Shop by category', 'Featured products']) {
      const region = page.getByRole('region', { name: section });
      await expect.poll(() => region.getAttribute('aria-busy'), wait).toBe('false');
      await expect.poll(() => region.getByRole('link').count()).toBeGreaterThan(1);
    }
    await expectHealthyPage();
    await shot('home');
  });

  step('searches from the header', async () => {
    const expected = await productList(baseUrl, `q=${encodeURIComponent(query)}&limit=1`);
    const search = page.getByRole('searchbox', { name: 'Search products' });
    await search.fill(query);
    await search.press('Enter');
    await page.waitForURL((url) => url.pathname === '/products' && url.searchParams.get('q') === query);
    await expect.poll(() => heading(`Results for "${query}"`).isVisible(), wait).toBe(true);
    await expect.poll(() => resultsShown(expected.total), wait).toBe(true);
    await expectHealthyPage();
    await shot('search-results');
  });

  step('filters the results: in stock, from ₹999', async () => {
    const q = `q=${encodeURIComponent(query)}`;
    const inStock = await productList(baseUrl, `${q}&inStock=true&limit=1`);
    await page.getByRole('checkbox', { name: 'In stock only' }).check();
    await page.waitForURL((url) => url.searchParams.get('inStock') === 'true' && url.searchParams.has('q'));
    await expect.poll(() => resultsShown(inStock.total), wait).toBe(true);

    const min = minPriceRupees;
    const priced = await productList(baseUrl, `${q}&inStock=true&minPrice=${min * 100}&limit=1`);
    await page.getByLabel('Min price (₹)').fill(String(min));
    await page.getByRole('button', { name: 'Apply', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('minPrice') === String(min));
    await expect.poll(() => resultsShown(priced.total), wait).toBe(true);
    await expect.poll(() => page.getByRole('checkbox', { name: 'In stock only' }).isChecked()).toBe(true);
    await expectHealthyPage();
    await shot('filtered');
  });

  step('opens the product page', async () => {
    await page.getByRole('link', { name: product.name, exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/products/${product.id}`);
    await expect.poll(() => heading(product.name).isVisible(), wait).toBe(true);
    await expect.poll(() => page.getByRole('region', { name: 'Buy' }).innerText()).toMatch(/₹[\d,]+/);
    await expectHealthyPage();
    await shot('product');
  });

  step('adds it to the cart, and the header’s bag count follows', async () => {
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toMatch(/^Bag(, 0 items)?$/);
    await page.getByRole('button', { name: 'Add to cart' }).click();
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toBe('Bag, 1 item');
    await expect.poll(() => page.getByRole('link', { name: 'View cart' }).isVisible()).toBe(true);
    await shot('added-to-cart');
  });

  step('signs up through the auth micro frontend', async () => {
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await expect.poll(() => heading('Sign in').isVisible(), wait).toBe(true);
    await page.getByRole('link', { name: 'Create an account' }).click();
    await expect.poll(() => heading('Create your account').isVisible(), wait).toBe(true);
    const form = page.getByRole('form', { name: 'Create your account' });
    await form.getByLabel('Full name').fill(shopper.name);
    await form.getByLabel('Email').fill(shopper.email);
    await form.getByLabel('Password', { exact: true }).fill(shopper.password);
    await form.getByLabel(/^Mobile number/).fill(shopper.phone);
    await shot('signup-form');
    await form.getByRole('button', { name: 'Create account' }).click();
    // Back where the shopper was, signed in, the guest's bag now theirs.
    await page.waitForURL(`${baseUrl}/products/${product.id}`, wait);
    const account = page.getByRole('button', { name: 'Account of Asha' });
    await expect.poll(() => account.isVisible(), wait).toBe(true);
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toBe('Bag, 1 item');
    await shot('signed-up');
  });

  step('signs out, and signs in again with a one-time code from the dev outbox', async () => {
    await page.getByRole('button', { name: 'Account of Asha' }).click();
    await page.getByRole('button', { name: 'Sign out' }).click();
    const signIn = page.getByRole('banner').getByRole('link', { name: 'Sign in' });
    await expect.poll(() => signIn.isVisible(), wait).toBe(true);
    await signIn.click();
    await page.getByRole('tab', { name: 'One-time code' }).click();
    await page.getByLabel('Email or mobile number').fill(shopper.email);
    await page.getByRole('button', { name: 'Send code' }).click();
    const boxes = page.getByRole('group', { name: 'Sign-in code' });
    await expect.poll(() => boxes.isVisible(), wait).toBe(true);
    const code = await latestCode(baseUrl, shopper.email);
    // Typed digit by digit: each box hands focus to the next, and the sixth signs in.
    await boxes.getByRole('textbox', { name: 'Digit 1 of 6' }).focus();
    await page.keyboard.type(code, { delay: 40 });
    await shot('otp-code');
    // Signing out went home, so home is where signing in returns.
    await page.waitForURL(`${baseUrl}/`, wait);
    await expect
      .poll(() => page.getByRole('button', { name: 'Account of Asha' }).isVisible(), wait)
      .toBe(true);
    await expect.poll(() => bagLink().getAttribute('aria-label'), wait).toBe('Bag, 1 item');
    await shot('signed-in-with-code');
  });

  step('applies the coupon WELCOME10 in the bag', async () => {
    await bagLink().click();
    await page.waitForURL(`${baseUrl}/cart`);
    await expect.poll(() => heading('Your bag').isVisible(), wait).toBe(true);
    await expect
      .poll(() => page.getByRole('list', { name: 'Items in your bag' }).innerText(), wait)
      .toContain(product.name);
    await page.getByLabel('Coupon code').fill('WELCOME10');
    await page.getByRole('button', { name: 'Apply coupon' }).click();
    const applied = page.getByRole('region', { name: 'Coupon' });
    await expect.poll(() => applied.innerText(), wait).toContain('WELCOME10');
    const saving = Math.min(Math.round(product.price.amount * 0.1), 50_000) / 100;
    await expect.poll(() => applied.innerText()).toMatch(/You save ₹[\d,.]+/);
    const shown = Number((await applied.innerText()).match(/You save ₹([\d,.]+)/)?.[1]?.replace(/,/g, ''));
    expect(shown).toBeCloseTo(saving, 0);
    await expectHealthyPage();
    await shot('coupon-applied');
  });

  step('checks delivery to pincode 560001', async () => {
    await page.getByLabel('Pincode').fill('560001');
    await page.getByRole('button', { name: 'Check delivery' }).click();
    const result = page.getByRole('region', { name: 'Delivery', exact: true });
    await expect.poll(() => result.innerText(), wait).toMatch(/Delivery by .+/);
    await expect.poll(() => result.innerText()).toContain('560001');
    await shot('pincode-checked');
  });

  step('checks out with cash on delivery', async () => {
    await page.getByRole('button', { name: 'Checkout', exact: true }).click();
    await page.waitForURL(`${baseUrl}/cart/checkout`);
    await expect.poll(() => heading('Checkout').isVisible(), wait).toBe(true);
    const address = page.getByRole('region', { name: /Delivery address/ });
    await expect.poll(() => address.getByLabel('Pincode').inputValue(), wait).toBe('560001');
    await expect.poll(() => address.getByLabel('Full name').inputValue()).toBe(shopper.name);
    await address.getByLabel('Mobile number').fill(shopper.phone);
    await address.getByLabel('House number, building and street').fill('12 MG Road');
    // City and state come from the pincode.
    await expect.poll(() => address.getByLabel('City').inputValue(), wait).not.toBe('');
    await expect.poll(() => address.getByLabel('State').inputValue()).not.toBe('');
    await expect.poll(() => address.innerText(), wait).toMatch(/Arrives \w{3}, \d+ \w{3}/);
    await expect
      .poll(() => page.getByRole('complementary', { name: 'Order summary' }).innerText())
      .toMatch(/Delivery\s+(Free|₹[\d,]+)/);
    await shot('checkout');
    await page.getByRole('button', { name: 'Place order' }).click();
    await page.waitForURL(/\/orders\/[^/]+$/, { timeout: 30_000 });
    const number = page.getByRole('heading', { level: 1, name: /^Order / });
    await expect.poll(() => number.isVisible(), wait).toBe(true);
    orderNumber = (await number.innerText()).replace(/^Order /, '').trim();
    await expect.poll(() => toast(`Order ${orderNumber} placed`).count(), wait).toBe(1);
    await expectHealthyPage();
    await shot('order-placed');
  });

  step('finds the order in the history and follows its tracking timeline', async () => {
    await page.getByRole('button', { name: 'Account of Asha' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Your orders' }).click();
    await page.waitForURL(`${baseUrl}/orders`);
    await expect.poll(() => heading('Your orders').isVisible(), wait).toBe(true);
    const orders = page.getByRole('list', { name: 'Orders, newest first' });
    await expect.poll(() => orders.getByRole('listitem').first().innerText(), wait).toContain(product.name);
    await expectHealthyPage();
    await shot('order-history');
    await orders.getByRole('link', { name: `Order ${orderNumber}` }).click();
    await page.waitForURL(/\/orders\/[^/]+$/);
    const tracking = page.getByRole('region', { name: 'Tracking' });
    await expect.poll(() => tracking.isVisible(), wait).toBe(true);
    const progress = tracking.getByRole('list', { name: 'Order progress' });
    await expect.poll(() => progress.getByRole('listitem').count()).toBe(5);
    await expect
      .poll(() => progress.locator('[aria-current="step"]').innerText())
      .toMatch(/Placed|Confirmed/i);
    await expect
      .poll(() => tracking.getByRole('list', { name: 'History' }).getByRole('listitem').count(), wait)
      .toBeGreaterThan(0);
    await expectHealthyPage();
    await shot('order-tracking');
  });

  step('writes a review, which then shows on the product page', async () => {
    const review = {
      title: `Does what it says ${randomUUID().slice(0, 6)}`,
      body: 'Arrived well packed; after a week of daily use it still feels as good as on the first day.',
    };
    await page.getByRole('link', { name: product.name, exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/products/${product.id}`);
    const reviews = page.getByRole('region', { name: 'Ratings & reviews' });
    await reviews.getByRole('button', { name: 'Write a review' }).click();
    const form = reviews.getByRole('form', { name: 'Write a review' });
    await form.getByRole('radio', { name: '5 stars' }).check();
    await form.getByLabel('Title').fill(review.title);
    await form.getByLabel('Your review').fill(review.body);
    await shot('review-form');
    await form.getByRole('button', { name: 'Post review' }).click();
    await expect
      .poll(() => reviews.getByRole('heading', { name: 'Your review' }).isVisible(), wait)
      .toBe(true);
    await expect.poll(() => reviews.getByText(review.title).first().isVisible()).toBe(true);
    // Read back from the reviews service: a fresh load of the page shows it to everyone.
    await page.reload();
    const posted = page
      .getByRole('region', { name: 'Ratings & reviews' })
      .getByRole('article', { name: review.title });
    await expect.poll(() => posted.isVisible(), wait).toBe(true);
    await expect.poll(() => posted.innerText()).toContain(review.body);
    await expectHealthyPage();
    await shot('review-on-product-page');
  });

  step('opens a support ticket about the order', async () => {
    const subject = `Question about order ${orderNumber}`;
    await page.getByRole('button', { name: 'Account of Asha' }).click();
    await page.getByRole('banner').getByRole('link', { name: 'Your orders' }).click();
    await page
      .getByRole('list', { name: 'Orders, newest first' })
      .getByRole('link', { name: `Order ${orderNumber}` })
      .click();
    await page.getByRole('link', { name: 'Contact support about this order' }).click();
    await page.waitForURL(
      (url) => url.pathname === '/support/tickets/new' && url.searchParams.has('orderId'),
    );
    await expect.poll(() => heading('Contact support').isVisible(), wait).toBe(true);
    const form = page.getByRole('form', { name: 'New support ticket' });
    await expect.poll(() => form.getByLabel('What is it about?').inputValue()).toBe('order');
    await expect.poll(() => form.getByLabel(/^Order reference/).inputValue()).not.toBe('');
    await form.getByLabel('Subject').fill(subject);
    await form
      .getByLabel('Message')
      .fill('Can the courier call me before delivering? I am out during the day.');
    await shot('support-form');
    await form.getByRole('button', { name: 'Send to support' }).click();
    await page.waitForURL(/\/support\/tickets\/[^/]+$/, wait);
    await expect.poll(() => heading(subject).isVisible(), wait).toBe(true);
    await expect.poll(() => toast(/^Ticket \S+ sent/).count(), wait).toBe(1);
    await shot('support-ticket');
    await page.getByRole('link', { name: 'Your support tickets' }).click();
    const tickets = page.getByRole('list', { name: 'Tickets, newest first' });
    await expect.poll(() => tickets.getByRole('link', { name: subject }).isVisible(), wait).toBe(true);
    await expectHealthyPage();
    await shot('support-tickets');
  });

  step('met no failed request and no page error on the way', async () => {
    expect(apiFailures).toEqual([]);
    expect(w.consoleErrors).toEqual([]);
  });
});
