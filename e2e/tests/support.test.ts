/**
 * The support micro frontend in headless Chromium against the whole platform: the help center's search
 * for a signed-out visitor (answers, and the no-answers state that leads to support), tickets behind
 * sign-in, and a fresh customer's ticket from first message to closing: refused empty, sent, replied to,
 * listed, answered by an admin through the support service's API, and closed. What the pages show is
 * checked against the service. Steps share one page and run in order; after a failure the rest are
 * skipped. Screenshots land in e2e/artifacts/support.
 */
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { devUsers } from '@emporium/dev-data';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logInAdmin, type Session, signInOnPage, signUp } from '../support/accounts.ts';
import { openPage, useBrowser, type WatchedPage } from '../support/browser.ts';
import { call } from '../support/http.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const wait = { timeout: 15_000 };
const artifacts = join(import.meta.dirname, '..', 'artifacts', 'support');

interface TicketReply {
  id: string;
  number: string;
  status: string;
  messages: { body: string; author: { type: string } }[];
}

const nonsense = 'qzxv blorptang';
const subject = 'Refund for a returned kettle';
const firstMessage = 'I returned the kettle a week ago and the refund has not reached my card yet.';
const customerReply = 'The courier picked it up on Monday, reference RT-2231.';
const adminReply = 'Thanks, we found the return. The refund was sent today and reaches your card in 3 days.';

let customer: Session & { password: string };
let admin: Session;
let w: WatchedPage;
let page: Page;
let ticketId = '';
let ticketNumber = '';
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

const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
const toasts = () => page.getByTestId('toasts');
const searchBox = () => page.getByRole('searchbox', { name: 'Search the help center' });
const messages = () => page.getByTestId('ticket-message');
const status = () => page.getByTestId('ticket-status');

/** The ticket as the support service has it, read as the admin. */
async function ticketAsAdmin(): Promise<TicketReply> {
  const reply = await call<TicketReply>(baseUrl, 'support', 'GET', `/tickets/${ticketId}`, {
    token: admin.token,
  });
  expect(reply.status).toBe(200);
  return reply.body;
}

async function search(text: string) {
  await searchBox().fill(text);
  await searchBox().press('Enter');
  await page.waitForURL((url) => url.pathname === '/support' && url.searchParams.get('q') === text);
}

describe('help and support', () => {
  beforeAll(async () => {
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    [customer, admin] = await Promise.all([signUp(baseUrl), logInAdmin(baseUrl)]);
    w = await openPage(browser());
    page = w.page;
    page.setDefaultTimeout(15_000);
  });

  afterAll(async () => {
    await page?.context().close();
  });

  step('finds answers about refunds without signing in', async () => {
    const expected = await call<{ items: { question: string }[] }>(
      baseUrl,
      'support',
      'GET',
      '/help/search?q=refund&limit=50',
    );
    const found = expected.body.items.length;
    expect(found, 'the seeded help center answers "refund"').toBeGreaterThan(0);

    await page.goto(`${baseUrl}/support`);
    await expect
      .poll(() => page.getByRole('heading', { level: 1 }).innerText(), wait)
      .toBe('How can we help?');
    await search('refund');
    const answers = page.getByTestId('help-answer');
    await expect
      .poll(() => page.getByTestId('help-count').innerText(), wait)
      .toBe(`${found} ${found === 1 ? 'answer' : 'answers'} for “refund”`);
    await expect.poll(() => answers.count()).toBe(found);
    await expect.poll(() => answers.first().innerText()).toContain(expected.body.items[0]?.question ?? '');
    // An answer opens in place.
    await answers
      .first()
      .getByText(expected.body.items[0]?.question ?? '')
      .click();
    await expect.poll(() => answers.first().evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await expect.poll(() => answers.first().innerText()).toMatch(/refund/i);
    // Signed out, the way to a person goes through sign-in.
    await expect
      .poll(() => page.getByRole('link', { name: 'Sign in to contact support' }).isVisible())
      .toBe(true);
    await shot('help-refund');
  });

  step('shows the no-answers state for nonsense, with a link to ask support', async () => {
    await search(nonsense);
    const empty = page.getByTestId('no-answers');
    await expect.poll(() => empty.isVisible(), wait).toBe(true);
    await expect.poll(() => page.getByTestId('help-count').innerText()).toBe(`0 answers for “${nonsense}”`);
    expect(await page.getByTestId('help-answer').count()).toBe(0);
    await expect
      .poll(() => empty.getByRole('heading', { name: `No answers match “${nonsense}”` }).isVisible())
      .toBe(true);
    const ask = empty.getByRole('link', { name: 'Ask our support team' });
    const href = new URL((await ask.getAttribute('href')) ?? '', baseUrl);
    expect(href.pathname).toBe('/support/tickets/new');
    expect(href.searchParams.get('subject')).toBe(nonsense);
    await shot('help-no-answers');
  });

  step('asks for sign-in before tickets, and comes back to the new ticket after', async () => {
    await page.getByTestId('no-answers').getByRole('link', { name: 'Ask our support team' }).click();
    await page.waitForURL((url) => url.pathname === '/support/tickets/new');
    const prompt = page.getByTestId('sign-in-prompt');
    await expect.poll(() => prompt.isVisible(), wait).toBe(true);
    await expect
      .poll(() => prompt.getByRole('heading', { name: 'Sign in to contact support' }).isVisible())
      .toBe(true);
    expect(await page.getByRole('form', { name: 'New support ticket' }).count()).toBe(0);
    await shot('tickets-need-sign-in');
    await prompt.getByRole('link', { name: 'Sign in', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/auth/login');
    await signInOnPage(page, { email: customer.user.email, password: customer.password });
    await page.waitForURL(
      (url) => url.pathname === '/support/tickets/new' && url.searchParams.get('subject') === nonsense,
      wait,
    );
    const form = page.getByRole('form', { name: 'New support ticket' });
    await expect.poll(() => form.getByLabel('Subject').inputValue(), wait).toBe(nonsense);
  });

  step('refuses an empty ticket, showing each problem and focusing the first', async () => {
    const form = page.getByRole('form', { name: 'New support ticket' });
    await form.getByLabel('Subject').fill('');
    await form.getByRole('button', { name: 'Send to support' }).click();
    const fields = [
      form.getByLabel('Subject'),
      form.getByLabel('What is it about?'),
      form.getByLabel('Message'),
    ];
    for (const field of fields) await expect.poll(() => field.getAttribute('aria-invalid')).toBe('true');
    expect(await form.getByLabel(/^Order reference/).getAttribute('aria-invalid')).toBeNull();
    await expect.poll(() => isFocused(form.getByLabel('Subject'))).toBe(true);
    for (const text of ['Enter a subject.', 'Choose what it is about.', 'Tell us what happened.'])
      await expect.poll(() => form.getByText(text).isVisible()).toBe(true);
    await shot('ticket-errors');
    // Nothing was sent.
    const mine = await call<{ items: unknown[] }>(baseUrl, 'support', 'GET', '/tickets', {
      token: customer.token,
    });
    expect(mine.body.items).toEqual([]);
  });

  step('opens a ticket', async () => {
    const form = page.getByRole('form', { name: 'New support ticket' });
    await form.getByLabel('Subject').fill(subject);
    await form.getByLabel('What is it about?').selectOption({ label: 'Returns and refunds' });
    await form.getByLabel('Message').fill(firstMessage);
    await form.getByRole('button', { name: 'Send to support' }).click();
    await page.waitForURL(/\/support\/tickets\/[a-f0-9]{24}$/, wait);
    ticketId = new URL(page.url()).pathname.split('/').pop() ?? '';
    await expect
      .poll(() => page.getByRole('heading', { level: 1, name: subject }).isVisible(), wait)
      .toBe(true);
    ticketNumber = await page.getByTestId('ticket-number').innerText();
    await expect.poll(() => toasts().innerText(), wait).toContain(`Ticket ${ticketNumber} sent`);
    await expect.poll(() => status().innerText()).toBe('Open');
    await expect.poll(() => messages().count()).toBe(1);
    await expect.poll(() => messages().first().innerText()).toContain(firstMessage);
    const stored = await ticketAsAdmin();
    expect(stored).toMatchObject({ number: ticketNumber, status: 'open', category: 'return' });
  });

  step('replies, and the status and a live announcement say so', async () => {
    const box = page.getByTestId('reply-body');
    expect(await box.evaluate((e) => e.tagName)).toBe('TEXTAREA');
    await expect.poll(() => page.getByLabel('Your reply').count()).toBe(1);
    // An empty reply is refused in place.
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => box.getAttribute('aria-invalid')).toBe('true');
    await expect.poll(() => page.getByText('Write your reply first.').isVisible()).toBe(true);

    await box.fill(customerReply);
    await page.getByRole('button', { name: 'Send reply' }).click();
    await expect.poll(() => messages().count(), wait).toBe(2);
    await expect.poll(() => messages().last().innerText()).toContain(customerReply);
    await expect.poll(() => status().innerText()).toBe('Waiting for support');
    const announced = page.getByTestId('reply-status');
    expect(await announced.getAttribute('role')).toBe('status');
    await expect.poll(() => announced.innerText()).toBe('Reply sent. Support will answer here.');
    await expect.poll(() => box.inputValue()).toBe('');
    await expect.poll(() => isFocused(box)).toBe(true);
    await shot('ticket-replied');
    expect((await ticketAsAdmin()).status).toBe('awaiting_support');
  });

  step('lists the ticket among the customer’s tickets', async () => {
    await page
      .getByRole('navigation', { name: 'Breadcrumb' })
      .getByRole('link', { name: 'Your support tickets' })
      .click();
    await page.waitForURL(`${baseUrl}/support/tickets`);
    const list = page.getByRole('list', { name: 'Tickets, newest first' });
    const row = list.getByTestId('ticket-row').filter({ hasText: subject });
    await expect.poll(() => row.count(), wait).toBe(1);
    await expect.poll(() => row.getByTestId('ticket-status').innerText()).toBe('Waiting for support');
    await expect.poll(() => row.innerText()).toContain(ticketNumber);
    await expect.poll(() => row.innerText()).toContain('1 reply');
    await shot('tickets-list');
  });

  step('an admin finds the ticket in the queue and answers it through the support API', async () => {
    const queue = await call<{ items: { id: string; status: string }[] }>(
      baseUrl,
      'support',
      'GET',
      '/admin/tickets?status=awaiting_support&limit=50',
      { token: admin.token },
    );
    expect(queue.status).toBe(200);
    expect(queue.body.items.find((t) => t.id === ticketId)).toMatchObject({ status: 'awaiting_support' });
    const seen = await ticketAsAdmin();
    expect(seen.messages.map((m) => m.body)).toEqual([firstMessage, customerReply]);

    const answered = await call<TicketReply>(baseUrl, 'support', 'POST', `/tickets/${ticketId}/replies`, {
      token: admin.token,
      body: { body: adminReply },
    });
    expect(answered.status).toBe(201);
    expect(answered.body.status).toBe('awaiting_customer');
  });

  step('the customer sees the admin’s answer in the thread', async () => {
    await page.reload();
    const list = page.getByRole('list', { name: 'Tickets, newest first' });
    const row = list.getByTestId('ticket-row').filter({ hasText: subject });
    await expect
      .poll(() => row.getByTestId('ticket-status').innerText(), wait)
      .toBe('Waiting for your reply');
    await expect.poll(() => row.innerText()).toContain('2 replies');
    await row.getByRole('link', { name: subject }).click();
    await page.waitForURL(`${baseUrl}/support/tickets/${ticketId}`);
    await expect.poll(() => messages().count(), wait).toBe(3);
    const answer = messages().last();
    await expect.poll(() => answer.innerText()).toContain(adminReply);
    await expect.poll(() => answer.innerText()).toContain(`${devUsers.admin.name} · Emporium support`);
    await expect.poll(() => status().innerText()).toBe('Waiting for your reply');
    await answer.scrollIntoViewIfNeeded();
    await shot('admin-answer');
  });

  step('closes the ticket after confirming', async () => {
    await page.getByTestId('close-ticket').click();
    const dialog = page.getByRole('dialog', { name: `Close ticket ${ticketNumber}?` });
    await expect.poll(() => dialog.isVisible(), wait).toBe(true);
    // The safe choice has focus; backing out leaves the ticket open.
    const keep = dialog.getByRole('button', { name: 'Keep it open' });
    await expect.poll(() => isFocused(keep)).toBe(true);
    await shot('confirm-close');
    await keep.click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect((await ticketAsAdmin()).status).toBe('awaiting_customer');

    await page.getByTestId('close-ticket').click();
    await dialog.getByTestId('confirm-close').click();
    await expect.poll(() => dialog.isVisible(), wait).toBe(false);
    await expect.poll(() => status().innerText(), wait).toBe('Closed');
    await expect.poll(() => toasts().innerText(), wait).toContain(`Ticket ${ticketNumber} is closed.`);
    await expect.poll(() => page.getByTestId('ticket-closed').isVisible()).toBe(true);
    expect(await page.getByTestId('reply-body').count()).toBe(0);
    expect(await page.getByTestId('close-ticket').count()).toBe(0);
    await shot('ticket-closed');
    expect((await ticketAsAdmin()).status).toBe('closed');
    expect(w.consoleErrors).toEqual([]);
  });
});
