/**
 * The generated bad-input sweep of every running service, shared by the e2e test
 * (e2e/tests/api/bad-input-sweep.test.ts) and the drills (`make drills`): every route of each service's own
 * OpenAPI document, broken one way at a time (badInputCases), sent straight to the service process with
 * credentials that get past authentication (a token of the route's user type, a caller's service key for
 * internal routes), so validation and handlers are what answer. Nothing may answer 5xx; errors keep their
 * shape; a broken request succeeds only when the route's own schema accepts it (allowedBySchema).
 */
import { type ServiceName, serviceCallers } from '@emporium/registry';
import { type BadInputCase, badInputCases, type OpenApiDocument } from '@emporium/service-kit/testing';
import type { Session } from './accounts.ts';

/** The answers of authentication and authorisation at the door, before validation or the handler. */
const doorCodes = new Set([
  'UNAUTHENTICATED',
  'INVALID_TOKEN',
  'TOKEN_EXPIRED',
  'FORBIDDEN',
  'SERVICE_KEY_REQUIRED',
  'SERVICE_KEY_INVALID',
]);

interface Answer {
  status: number;
  body: unknown;
}

export function refusedAtTheDoor(reply: Answer): boolean {
  const code = (reply.body as { code?: unknown } | null)?.code;
  return (reply.status === 401 || reply.status === 403) && doorCodes.has(String(code));
}

export interface SweepOptions {
  /** Each running service's own URL (not through the gateway). */
  serviceUrls: Record<string, string>;
  /** Each service's key of this run. */
  serviceKeys: Record<string, string>;
  sessions: { customer: Session; seller: Session; admin: Session };
  /**
   * A documentation address (TEST-NET-3) the requests come from, believed from a loopback caller: the
   * sweep fills rate-limit buckets of its own, not those of other tests or drills sharing the run.
   */
  forwardedFor: string;
}

export interface ServiceSweep {
  service: ServiceName;
  cases: number;
  ok: number;
  client: number;
  server: number;
  /** 4xx answers that were authentication at the door (the case never reached validation). */
  door: number;
}

export interface SweepResult {
  services: ServiceSweep[];
  total: number;
  /** One line per problem: a 5xx, an error without the shape, a wrongly accepted case, a locked route. */
  failures: string[];
  /** How many failures were 5xx answers. */
  serverErrors: number;
}

const routeOf = (c: BadInputCase) => c.name.slice(0, c.name.indexOf(': '));
const isBaseline = (c: BadInputCase) => c.name.endsWith('baseline from the schema');

async function send(url: string, c: BadInputCase, forwardedFor: string): Promise<Answer> {
  const headers: Record<string, string> = { 'x-forwarded-for': forwardedFor, ...c.headers };
  let body: string | undefined;
  if (typeof c.payload === 'string') body = c.payload;
  else if (c.payload !== undefined) {
    body = JSON.stringify(c.payload);
    headers['content-type'] ??= 'application/json';
  }
  if (c.method === 'GET') body = undefined;
  const res = await fetch(`${url}${c.url}`, {
    method: c.method,
    headers,
    body,
    signal: AbortSignal.timeout(30_000),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: text };
  }
}

/** The credentials worth trying for a route, the likeliest first. */
function candidates(
  options: SweepOptions,
  service: ServiceName,
  path: string,
  method: string,
): Record<string, string>[] {
  if (path.includes('/internal/')) {
    return serviceCallers(service).map((caller) => ({
      'x-service-key': String(options.serviceKeys[caller]),
    }));
  }
  const { customer, seller, admin } = options.sessions;
  const sellerRoute =
    path.includes('/seller/') || (service === 'product' && method !== 'get' && path.includes('/products'));
  const likeliest = path.includes('/admin/') ? admin : sellerRoute ? seller : customer;
  return [...new Set([likeliest, customer, seller, admin])].map((s) => ({
    authorization: `Bearer ${s.token}`,
  }));
}

/**
 * For every route, the first candidate whose well-formed request gets past the door, found by sending
 * that request. Routes no candidate gets into are listed: their cases would only ever test the door.
 */
async function credentialsByRoute(
  options: SweepOptions,
  service: ServiceName,
  url: string,
  doc: OpenApiDocument,
): Promise<{ chosen: Map<string, Record<string, string>>; locked: string[] }> {
  const chosen = new Map<string, Record<string, string>>();
  const locked: string[] = [];
  for (const baseline of badInputCases(doc).filter(isBaseline)) {
    const [method = '', path = ''] = routeOf(baseline).split(' ');
    const tries = candidates(options, service, path, method.toLowerCase());
    let found: Record<string, string> | undefined;
    for (const headers of tries) {
      const reply = await send(
        url,
        { ...baseline, headers: { ...baseline.headers, ...headers } },
        options.forwardedFor,
      );
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

export async function runBadInputSweep(options: SweepOptions): Promise<SweepResult> {
  const result: SweepResult = { services: [], total: 0, failures: [], serverErrors: 0 };
  for (const [name, url] of Object.entries(options.serviceUrls)) {
    const service = name as ServiceName;
    const doc = (await (
      await fetch(`${url}/${service}-service/api/v1/openapi.json`)
    ).json()) as OpenApiDocument;
    const { chosen, locked } = await credentialsByRoute(options, service, url, doc);
    for (const route of locked) result.failures.push(`${route}: no credentials get past authentication`);
    const cases = badInputCases(doc, (path, method) => chosen.get(`${method.toUpperCase()} ${path}`) ?? {});
    const counts: ServiceSweep = { service, cases: cases.length, ok: 0, client: 0, server: 0, door: 0 };
    for (const c of cases) {
      const reply = await send(url, c, options.forwardedFor);
      if (reply.status >= 500) {
        counts.server++;
        result.failures.push(
          `${service} ${c.name} -> ${reply.status} ${JSON.stringify(reply.body).slice(0, 200)}`,
        );
      } else if (reply.status >= 400) {
        counts.client++;
        if (refusedAtTheDoor(reply)) counts.door++;
        const shape = reply.body as { code?: unknown; statusCode?: unknown } | null;
        if (typeof shape?.code !== 'string' || shape.statusCode !== reply.status) {
          result.failures.push(`${service} ${c.name} -> ${reply.status} without the error shape`);
        }
      } else {
        counts.ok++;
        if (!isBaseline(c) && !c.allowedBySchema)
          result.failures.push(`${service} ${c.name} -> ${reply.status} (accepted)`);
      }
    }
    result.services.push(counts);
    result.total += cases.length;
    result.serverErrors += counts.server;
  }
  return result;
}

/** One line per service: cases and answers by class. */
export function sweepLine(s: ServiceSweep): string {
  return `${s.service.padEnd(10)} ${String(s.cases).padStart(5)} cases  ${s.ok} 2xx  ${s.client} 4xx (${s.door} at the door)  ${s.server} 5xx`;
}
