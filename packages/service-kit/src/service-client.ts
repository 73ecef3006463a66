/**
 * Calls from one service to another over HTTP: the callee's API prefix, the caller's service key, the
 * request id / guest id / device info of the request being served, a timeout on every call, and a few
 * retries, only for calls that are safe to repeat (GET, PUT, DELETE, or a POST with an Idempotency-Key).
 *
 * A callee that answers 4xx throws ServiceCallError (the caller decides what it means for its own user);
 * a callee that is down, times out or answers 5xx becomes a 503 DEPENDENCY_UNAVAILABLE naming it, so only
 * the features that need it fail.
 */
import { setTimeout as sleep } from 'node:timers/promises';
import { apiPrefix, type ServiceName, serviceCalls, serviceUrlVariable } from '@emporium/registry';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ErrorBody } from './error-shape.ts';
import { ApiError } from './errors.ts';
import { propagatedHeaders } from './request-context.ts';

/** A 4xx answer from another service, with its error body. */
export class ServiceCallError extends Error {
  readonly service: ServiceName;
  readonly status: number;
  readonly code: string;
  readonly body: Partial<ErrorBody> | undefined;

  constructor(service: ServiceName, status: number, body: Partial<ErrorBody> | undefined) {
    super(
      `${service} service answered ${status}${body?.code ? ` ${body.code}` : ''}: ${body?.message ?? ''}`,
    );
    this.name = 'ServiceCallError';
    this.service = service;
    this.status = status;
    this.code = body?.code ?? `HTTP_${status}`;
    this.body = body;
  }
}

export interface CallOptions {
  /** The request being served: its request id, guest id and device info travel along. */
  request?: FastifyRequest;
  /** Makes a POST safe to retry; the callee must honour it. */
  idempotencyKey?: string;
  timeoutMs?: number;
  /** Extra attempts after the first for calls safe to repeat (default 2). */
  retries?: number;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
}

export interface ServiceClient {
  readonly service: ServiceName;
  get<T>(path: string, options?: CallOptions): Promise<T>;
  post<T>(path: string, body: unknown, options?: CallOptions): Promise<T>;
  put<T>(path: string, body: unknown, options?: CallOptions): Promise<T>;
  delete<T>(path: string, options?: CallOptions): Promise<T>;
}

export interface ClientSettings {
  caller: ServiceName;
  service: ServiceName;
  baseUrl: string;
  serviceKey: string;
  timeoutMs: number;
}

const retryableStatus = new Set([502, 503, 504]);
const backoffMs = [50, 200, 500];

export function unavailable(service: ServiceName, reason: string): ApiError {
  return new ApiError(
    503,
    'DEPENDENCY_UNAVAILABLE',
    `The ${service} service is unavailable; try again shortly`,
    {
      details: [{ in: 'dependency', path: `/${service}`, message: reason }],
      headers: { 'retry-after': '5' },
    },
  );
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (text.length === 0) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

export function serviceClient(settings: ClientSettings): ServiceClient {
  const base = `${settings.baseUrl.replace(/\/$/, '')}${apiPrefix(settings.service)}`;

  async function call<T>(method: string, path: string, body: unknown, options: CallOptions = {}): Promise<T> {
    const url = new URL(`${base}${path}`);
    for (const [name, value] of Object.entries(options.query ?? {})) {
      if (value !== undefined) url.searchParams.set(name, String(value));
    }
    const headers: Record<string, string> = {
      accept: 'application/json',
      ...(options.request ? propagatedHeaders(options.request) : {}),
      ...options.headers,
    };
    if (settings.serviceKey) headers['x-service-key'] = settings.serviceKey;
    if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const repeatable = method !== 'POST' || options.idempotencyKey !== undefined;
    const attempts = 1 + (repeatable ? (options.retries ?? 2) : 0);

    let reason = 'no answer';
    for (let attempt = 0; attempt < attempts; attempt++) {
      if (attempt > 0) await sleep(backoffMs[Math.min(attempt - 1, backoffMs.length - 1)]);
      let response: Response;
      try {
        response = await fetch(url, {
          method,
          headers,
          body: body === undefined ? undefined : JSON.stringify(body),
          signal: AbortSignal.timeout(options.timeoutMs ?? settings.timeoutMs),
        });
      } catch (err) {
        reason =
          (err as Error).name === 'TimeoutError' ? 'timed out' : `unreachable (${(err as Error).message})`;
        options.request?.log.warn({ service: settings.service, method, path, reason }, 'service call failed');
        continue;
      }
      const payload = await readBody(response);
      if (response.ok) return payload as T;
      if (response.status < 500) {
        throw new ServiceCallError(settings.service, response.status, payload as Partial<ErrorBody>);
      }
      reason = `answered ${response.status}`;
      options.request?.log.warn({ service: settings.service, method, path, reason }, 'service call failed');
      if (!retryableStatus.has(response.status)) break;
    }
    throw unavailable(settings.service, reason);
  }

  return {
    service: settings.service,
    get: (path, options) => call('GET', path, undefined, options),
    post: (path, body, options) => call('POST', path, body, options),
    put: (path, body, options) => call('PUT', path, body, options),
    delete: (path, options) => call('DELETE', path, undefined, options),
  };
}

/** A client for a service this one calls; the pair must be declared in the registry (`calls`). */
export function createServiceClient(app: FastifyInstance, service: ServiceName): ServiceClient {
  const caller = app.serviceName;
  if (!serviceCalls(caller).includes(service)) {
    throw new Error(`${caller} does not declare a call to ${service} in the registry (packages/registry)`);
  }
  const config = app.serviceConfig as unknown as Record<string, unknown>;
  const baseUrl = config[serviceUrlVariable(service)];
  if (typeof baseUrl !== 'string') throw new Error(`${serviceUrlVariable(service)} is not configured`);
  return serviceClient({
    caller,
    service,
    baseUrl,
    serviceKey: app.serviceConfig.SERVICE_KEY,
    timeoutMs: app.serviceConfig.SERVICE_CALL_TIMEOUT_MS,
  });
}
