/**
 * The one ky instance of the page. It is a Module Federation singleton, so the host configures it once
 * and every remote's calls go through the same origin, headers, retries and error handling.
 *
 * Authentication plugs in here when the auth domain lands: a beforeRequest hook that adds the access
 * token, and an afterResponse hook that refreshes it once on 401 for all concurrent callers.
 */
import ky, { type KyInstance, type Options } from 'ky';
import { toApiError } from './errors.ts';
import { deviceInfo, guestId } from './identity.ts';

export interface ApiConfig {
  /** Origin of the API gateway, such as `https://shop.example.com`; '' means the page's own origin. */
  apiOrigin: string;
  /** Per-attempt timeout; 10 s unless a test needs it shorter. */
  timeoutMs?: number;
}

let instance: KyInstance | undefined;

function create(config: ApiConfig): KyInstance {
  return ky.create({
    prefix: config.apiOrigin.replace(/\/+$/, ''),
    timeout: config.timeoutMs ?? 10_000,
    retry: {
      limit: 2,
      // Only reads are retried: repeating a POST could order twice. Writes get idempotency keys later.
      methods: ['get'],
      statusCodes: [408, 429, 502, 503, 504],
      // Retry-After is honoured on these (the gateway sends it when a service is down), within reason.
      afterStatusCodes: [429, 503],
      maxRetryAfter: 5_000,
      backoffLimit: 3_000,
    },
    hooks: {
      beforeRequest: [
        ({ request }) => {
          request.headers.set('x-guest-id', guestId());
          request.headers.set('x-device-info', deviceInfo());
        },
      ],
    },
  });
}

/** Sets where the API is; call once at start-up, before the first request. */
export function configureApi(config: ApiConfig): void {
  instance = create(config);
}

/** The shared instance; same-origin until configured. */
export function http(): KyInstance {
  instance ??= create({ apiOrigin: '' });
  return instance;
}

/** GET a JSON resource; every failure surfaces as an ApiError. */
export async function getJson<T>(path: string, options: Options = {}): Promise<T> {
  try {
    return await http().get(path, options).json<T>();
  } catch (error) {
    throw toApiError(error);
  }
}

/** POST a JSON body and read the JSON answer; never retried. */
export async function postJson<T>(path: string, body: unknown, options: Options = {}): Promise<T> {
  try {
    return await http()
      .post(path, { ...options, json: body })
      .json<T>();
  } catch (error) {
    throw toApiError(error);
  }
}
