/**
 * Forged access tokens against routes of three services, through the gateway: a real token with its
 * signature or its claims tampered with, an unsigned one (alg "none"), one signed with a key the platform
 * never issued, and a real one that has expired (from a user-service replica whose tokens live one
 * second). Every one must be refused with 401; the genuine token, sent alongside, must be accepted.
 */

import { apiPrefix, type ServiceName } from '@emporium/registry';
import { testTokens } from '@emporium/service-kit/testing';
import { logIn, type Session, signUp } from '../../../e2e/support/accounts.ts';
import { startUserReplica } from '../../../e2e/support/topology.ts';
import { type DrillResult, Expectations, sleep, step } from './drill.ts';
import { errorCode, send } from './load.ts';
import type { DrillPlatform } from './platform.ts';

const name = 'forged tokens';
const targets: [ServiceName, string][] = [
  ['user', '/me'],
  ['order', '/orders'],
  ['cart', '/cart'],
];

const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decode = (part: string) =>
  JSON.parse(Buffer.from(part, 'base64url').toString()) as Record<string, unknown>;

/** Another character in the middle of the signature, so the bytes it stands for change. */
function tamperSignature(token: string): string {
  const [header, payload, signature = ''] = token.split('.');
  const at = Math.floor(signature.length / 2);
  const swapped = signature[at] === 'A' ? 'B' : 'A';
  return `${header}.${payload}.${signature.slice(0, at)}${swapped}${signature.slice(at + 1)}`;
}

export async function forgedTokens(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  const shopper = await signUp(p.baseUrl);
  const victim = await signUp(p.baseUrl);
  const [header = '', payload = '', signature = ''] = shopper.token.split('.');
  const claims = decode(payload);
  const foreign = await testTokens();
  const forgeries: Record<string, string> = {
    'tampered signature': tamperSignature(shopper.token),
    'claims changed to another user': `${header}.${b64({ ...claims, sub: victim.user.id })}.${signature}`,
    'alg none': `${b64({ alg: 'none', typ: 'JWT' })}.${payload}.`,
    'foreign key': await foreign.token({ id: shopper.user.id, type: 'customer' }),
    expired: await expiredToken(p, shopper),
  };

  let sent = 0;
  let failed = 0;
  for (const [service, path] of targets) {
    const url = `${p.baseUrl}${apiPrefix(service)}${path}`;
    const genuine = await send(url, { headers: { authorization: `Bearer ${shopper.token}` } });
    expect.check(
      genuine.status === 200,
      `${service} ${path} accepts the genuine token`,
      String(genuine.status),
    );
    for (const [kind, token] of Object.entries(forgeries)) {
      const reply = await send(url, { headers: { authorization: `Bearer ${token}` } });
      sent++;
      if (reply.status !== 401) {
        failed++;
        expect.check(
          false,
          `${service} ${path} refuses a token with ${kind}`,
          `${reply.status} ${errorCode(reply.body)}`,
        );
      } else {
        step(name, `${service} ${path}, ${kind}: 401 ${errorCode(reply.body)}`);
      }
    }
  }
  expect.note(
    `${Object.keys(forgeries).length} kinds of forgery x ${targets.length} services, each refused with 401`,
  );
  return expect.result({ sent, failed, lost: 0 });
}

/**
 * A token signed with the platform's own key that has expired: a second user-service instance on the
 * platform's database signs with the same stored key, with access tokens that live one second.
 */
async function expiredToken(p: DrillPlatform, shopper: Session & { email: string; password: string }) {
  const replica = await startUserReplica({
    databaseUri: p.databaseUri,
    serviceUrls: { ...p.serviceUrls },
    serviceKeys: Object.fromEntries(p.serviceKeys),
    env: { ACCESS_TOKEN_TTL_SECONDS: '1', LOG_LEVEL: 'warn' },
  });
  try {
    const session = await logIn(replica.url, {
      type: 'customer',
      email: shopper.email,
      password: shopper.password,
    });
    await sleep(2500);
    step(name, 'got a genuine token from a user-service replica whose tokens live 1 s, and let it expire');
    return session.token;
  } finally {
    await replica.stop();
  }
}
