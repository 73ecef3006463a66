/**
 * The one ky instance of the page. It is a Module Federation singleton, so the host configures it once
 * and every remote's calls go through the same origin, headers, token, retries and error handling.
 * Domain clients call the JSON helpers below; `http()` is there for what they do not cover.
 */
import { shopStore } from '@emporium/store';
import ky, { type KyInstance, type Options } from 'ky';
import { authHooks } from './auth/hooks.ts';
import { toApiError } from './errors.ts';
import { guestId } from './identity.ts';
import { type ApiConfig, type ApiSettings, applySettings, settings } from './settings.ts';

export type { ApiConfig };

let instance: KyInstance | undefined;

function create(config: ApiSettings): KyInstance {
  return ky.create({
    prefix: config.apiOrigin,
    timeout: config.timeoutMs,
    retry: {
      limit: 2,
      // Only reads are retried: repeating a POST could order twice (checkout sends an Idempotency-Key).
      methods: ['get'],
      statusCodes: [408, 429, 502, 503, 504],
      // Retry-After is honoured on these (the gateway sends it when a service is down), within reason.
      afterStatusCodes: [429, 503],
      maxRetryAfter: 5_000,
      backoffLimit: 3_000,
    },
    hooks: authHooks,
  });
}

/** Sets where the API is and which portal this is; call once at start-up, before the first request. */
export function configureApi(config: ApiConfig): void {
  instance = create(applySettings(config));
  shopStore.getState().setGuestId(guestId());
}

/** The shared instance; same-origin and 'customer' until configured. */
export function http(): KyInstance {
  instance ??= create(settings());
  return instance;
}

/**
 * Per-call options of the JSON helpers: ky's options (signal, searchParams, headers such as
 * `Idempotency-Key`, timeout...). `json` and `method` are set by the helper.
 */
export type RequestOptions = Omit<Options, 'json' | 'method' | 'body'>;

type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** One call; the JSON answer, or undefined for an empty one (204, 202 without a body). */
async function call<T>(method: Method, path: string, body: unknown, options: RequestOptions): Promise<T> {
  try {
    const response = await http()(path, {
      ...options,
      method,
      ...(body === undefined ? {} : { json: body }),
    });
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  } catch (error) {
    throw toApiError(error);
  }
}

/** GET a JSON resource (retried on 408/429/502/503/504); every failure surfaces as an ApiError. */
export function getJson<T>(path: string, options: RequestOptions = {}): Promise<T> {
  return call<T>('get', path, undefined, options);
}

/** POST a JSON body (or none) and read the JSON answer; never retried. */
export function postJson<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return call<T>('post', path, body, options);
}

export function putJson<T>(path: string, body?: unknown, options: RequestOptions = {}): Promise<T> {
  return call<T>('put', path, body, options);
}

export function patchJson<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
  return call<T>('patch', path, body, options);
}

/** DELETE; resolves to the JSON answer or undefined (204). */
export function deleteJson<T = undefined>(path: string, options: RequestOptions = {}): Promise<T> {
  return call<T>('delete', path, undefined, options);
}
