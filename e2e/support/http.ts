/**
 * Plain HTTP against the running platform, through the gateway, as a browser app or a script would call
 * it: JSON in and out, the status kept, a bearer token and a guest id when given.
 */
import { randomUUID } from 'node:crypto';
import { apiPrefix, type ServiceName } from '@emporium/registry';

export interface Reply<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

export interface CallOptions {
  token?: string;
  guestId?: string;
  headers?: Record<string, string>;
  body?: unknown;
}

export async function call<T = Record<string, unknown>>(
  baseUrl: string,
  service: ServiceName,
  method: string,
  path: string,
  options: CallOptions = {},
): Promise<Reply<T>> {
  const headers: Record<string, string> = { accept: 'application/json', ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.guestId) headers['x-guest-id'] = options.guestId;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${baseUrl}${apiPrefix(service)}${path}`, {
    method,
    headers,
    body: options.body === undefined ? undefined : JSON.stringify(options.body),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : {}) as T, headers: res.headers };
}

export const newGuestId = () => `guest-${randomUUID()}`;
