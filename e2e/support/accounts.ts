/**
 * Accounts for the platform tests, made the way a shopper makes them: sign up through the user service,
 * sign in with a password or a one-time code read from the local run's dev outbox.
 */
import { randomUUID } from 'node:crypto';
import { type DevUser, devUsers } from '@emporium/dev-data';
import type { Page } from 'playwright-core';
import { call } from './http.ts';

export interface Session {
  token: string;
  user: { id: string; type: string; name: string; email: string };
  /** The refresh-token cookie as sent back (name=value). */
  refreshCookie: string;
}

function refreshCookieOf(headers: Headers): string {
  const cookie = headers.getSetCookie().find((c) => c.startsWith('emporium_refresh='));
  return cookie?.split(';')[0] ?? '';
}

function session(reply: { status: number; body: Record<string, unknown>; headers: Headers }): Session {
  if (reply.status !== 200 && reply.status !== 201) {
    throw new Error(`sign-in failed: ${reply.status} ${JSON.stringify(reply.body)}`);
  }
  return {
    token: String(reply.body.accessToken),
    user: reply.body.user as Session['user'],
    refreshCookie: refreshCookieOf(reply.headers),
  };
}

export async function signUp(
  baseUrl: string,
  type: 'customer' | 'seller' = 'customer',
): Promise<Session & { email: string; password: string }> {
  const email = `${type}-${randomUUID()}@test.emporium.dev`;
  const password = `pw-${randomUUID()}`;
  const reply = await call(baseUrl, 'user', 'POST', `/${type}/auth/signup`, {
    body: { email, password, name: `Test ${type}` },
  });
  return { ...session(reply), email, password };
}

export async function logIn(
  baseUrl: string,
  user: Pick<DevUser, 'type' | 'email' | 'password'>,
): Promise<Session> {
  return session(
    await call(baseUrl, 'user', 'POST', `/${user.type}/auth/login`, {
      body: { email: user.email, password: user.password },
    }),
  );
}

export const logInAdmin = (baseUrl: string) => logIn(baseUrl, devUsers.admin);
export const logInSeller = (baseUrl: string) => logIn(baseUrl, devUsers.seller);

/** The newest one-time code the dev outbox holds for an email address. */
export async function latestCode(baseUrl: string, email: string): Promise<string> {
  const reply = await call<{ items: { text: string }[] }>(
    baseUrl,
    'user',
    'GET',
    `/dev/outbox?to=${encodeURIComponent(email)}`,
  );
  const text = reply.body.items?.[0]?.text ?? '';
  const code = /\b(\d{6})\b/.exec(text)?.[1];
  if (!code) throw new Error(`no code in the dev outbox for ${email}: ${JSON.stringify(reply.body)}`);
  return code;
}

/**
 * Signs in through the auth micro frontend's password form, as a shopper does. The page must be on the
 * sign-in page (/auth/login); it then goes back to where its returnTo says.
 */
export async function signInOnPage(page: Page, user: { email: string; password: string }): Promise<void> {
  const form = page.getByRole('form', { name: 'Sign in with password' });
  await form.getByLabel('Email').fill(user.email);
  await form.getByLabel('Password', { exact: true }).fill(user.password);
  await form.getByRole('button', { name: 'Sign in', exact: true }).click();
}
