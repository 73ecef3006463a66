/**
 * The generated bad-input sweep: every route of every running service, from its own OpenAPI document,
 * broken one way at a time (see badInputCases). Sent straight to each service process with credentials
 * that get past authentication (a token of the route's user type, a caller's service key for internal
 * routes), so validation and handlers are what answer. Nothing may answer 5xx; errors keep their shape;
 * a broken request succeeds only when the route's own schema accepts it (allowedBySchema).
 */
import { type ServiceName, serviceCallers } from '@emporium/registry';
import { type BadInputCase, badInputCases, type OpenApiDocument } from '@emporium/service-kit/testing';
import { beforeAll, expect, inject, it } from 'vitest';
import { logInAdmin, logInSeller, type Session, signUp } from '../../support/accounts.ts';

const baseUrl = inject('baseUrl');
const serviceUrls = inject('serviceUrls');
const serviceKeys = inject('serviceKeys');

let customer: Session;
let seller: Session;
let admin: Session;
beforeAll(async () => {
  customer = await signUp(baseUrl);
  seller = await logInSeller(baseUrl);
  admin = await logInAdmin(baseUrl);
});

/** The answers of authentication and authorisation at the door, before validation or the handler. */
const doorCodes = new Set([
  'UNAUTHENTICATED',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'SERVICE_KEY_REQUIRED',
  'SERVICE_KEY_INVALID',
]);

function refusedAtTheDoor(reply: { status: number; body: unknown }): boolean {
  const code = (reply.body as { code?: unknown } | null)?.code;
  return (reply.status === 401 || reply.status === 403) && doorCodes.has(String(code));
}

/** The credentials worth trying for a route, the likeliest first. */
function candidates(service: ServiceName, path: string, method: string): Record<string, string>[] {
  if (path.includes('/internal/')) {
    return serviceCallers(service).map((caller) => ({ 'x-service-key': String(serviceKeys[caller]) }));
  }
  const sellerRoute =
    path.includes('/seller/') || (service === 'product' && method !== 'get' && path.includes('/products'));
  const likeliest = path.includes('/admin/') ? admin : sellerRoute ? seller : customer;
  return [...new Set([likeliest, customer, seller, admin])].map((s) => ({
    authorization: `Bearer ${s.token}`,
  }));
}

const routeOf = (c: BadInputCase) => c.name.slice(0, c.name.indexOf(': '));

/**
 * For every route, the first candidate whose well-formed request gets past the door (which caller's key
 * an internal route takes, which user type a route serves), found by sending that request. Routes no
 * candidate gets into are listed: their cases would only ever test the door.
 */
async function credentialsByRoute(
  service: ServiceName,
  url: string,
  doc: OpenApiDocument,
): Promise<{ chosen: Map<string, Record<string, string>>; locked: string[] }> {
  const chosen = new Map<string, Record<string, string>>();
  const locked: string[] = [];
  const baselines = badInputCases(doc).filter((c) => c.name.endsWith('baseline from the schema'));
  for (const baseline of baselines) {
    const [method = '', path = ''] = routeOf(baseline).split(' ');
    const tries = candidates(service, path, method.toLowerCase());
    let found: Record<string, string> | undefined;
    for (const headers of tries) {
      const reply = await send(url, { ...baseline, headers: { ...baseline.headers, ...headers } });
      if (!refusedAtTheDoor(reply)) {
        found = headers;
        break;
      }
    }
    if (!found) locked.push(`${service} ${routeOf(baseline)}`);
    chosen.set(routeOf(baseline), found ?? tries[0] ?? {});
  }
  return { chosen, locked };
}

async function send(url: string, c: BadInputCase): Promise<{ status: number; body: unknown }> {
  // From a documentation address (TEST-NET-3, believed from a loopback proxy like the gateway): the
  // sweep's requests fill rate-limit buckets of their own, not those of the tests that share this run.
  const headers: Record<string, string> = { 'x-forwarded-for': '203.0.113.7', ...c.headers };
  let body: string | undefined;
  if (typeof c.payload === 'string') body = c.payload;
  else if (c.payload !== undefined) {
    body = JSON.stringify(c.payload);
    headers['content-type'] ??= 'application/json';
  }
  if (c.method === 'GET' || c.method === 'DELETE') body = c.method === 'DELETE' ? body : undefined;
  const res = await fetch(`${url}${c.url}`, { method: c.method, headers, body });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {}
  return { status: res.status, body: parsed };
}

it('answers every generated bad input with a 4xx in the error shape, never a 5xx', {
  timeout: 600_000,
}, async () => {
  const table: string[] = [];
  const failures: string[] = [];
  let total = 0;
  for (const [name, url] of Object.entries(serviceUrls)) {
    const service = name as ServiceName;
    const doc = (await (
      await fetch(`${url}/${service}-service/api/v1/openapi.json`)
    ).json()) as OpenApiDocument;
    const { chosen, locked } = await credentialsByRoute(service, url, doc);
    for (const route of locked) failures.push(`${route}: no credentials get past authentication`);
    const cases = badInputCases(doc, (path, method) => chosen.get(`${method.toUpperCase()} ${path}`) ?? {});
    const counts = { ok: 0, client: 0, server: 0, door: 0 };
    for (const c of cases) {
      const reply = await send(url, c);
      const baseline = c.name.endsWith('baseline from the schema');
      if (reply.status >= 500) {
        counts.server++;
        failures.push(`${service} ${c.name} -> ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`);
      } else if (reply.status >= 400) {
        counts.client++;
        if (refusedAtTheDoor(reply)) counts.door++;
        const shape = reply.body as { code?: unknown; statusCode?: unknown };
        if (typeof shape.code !== 'string' || shape.statusCode !== reply.status) {
          failures.push(`${service} ${c.name} -> ${reply.status} without the error shape`);
        }
      } else {
        counts.ok++;
        if (!baseline && !c.allowedBySchema)
          failures.push(`${service} ${c.name} -> ${reply.status} (accepted)`);
      }
    }
    total += cases.length;
    table.push(
      `${service.padEnd(10)} ${String(cases.length).padStart(5)} cases  ${counts.ok} 2xx  ${counts.client} 4xx (${counts.door} at the door)  ${counts.server} 5xx`,
    );
  }
  process.stdout.write(`\nbad-input sweep: ${total} cases\n${table.join('\n')}\n`);
  expect(failures).toEqual([]);
  expect(total).toBeGreaterThan(1000);
});
