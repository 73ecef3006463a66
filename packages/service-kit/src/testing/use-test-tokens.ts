/**
 * Test tokens made once per test file (in beforeAll), for the services a file starts to verify and its
 * requests to carry; and the authorization headers of named users, signed once, read synchronously.
 */
import { beforeAll } from 'vitest';
import { ready } from './ready.ts';
import { type TestTokenClaims, type TestTokens, testTokens } from './tokens.ts';

export function useTestTokens(options?: Parameters<typeof testTokens>[0]): () => TestTokens {
  let tokens: TestTokens | undefined;
  beforeAll(async () => {
    tokens = await testTokens(options);
  });
  return () => ready(tokens, 'tokens');
}

/** `signedIn('admin')`: `{ authorization }` of one of `users`, signed with `tokens()` in beforeAll. */
export function useSignedInUsers<W extends string>(
  tokens: () => TestTokens,
  users: Record<W, TestTokenClaims>,
): (who: W) => { authorization: string } {
  const headers = new Map<W, { authorization: string }>();
  beforeAll(async () => {
    for (const [who, { id, type, name }] of Object.entries(users) as [W, TestTokenClaims][]) {
      headers.set(who, await tokens().headers({ id, type, name }));
    }
  });
  return (who) => ready(headers.get(who), `${who} token`);
}
