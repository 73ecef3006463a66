/**
 * Reading a service's refusal for a form: which field a validation error is about, and how long a rate
 * limit asks the shopper to wait.
 */
import type { ApiError } from './errors.ts';

/** Per-field messages from a 400's details (`path` is a JSON pointer such as "/email" or "/pincode"). */
export function fieldErrors(error: ApiError): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!Array.isArray(error.details)) return errors;
  for (const detail of error.details as { path?: unknown; message?: unknown }[]) {
    if (typeof detail.path !== 'string' || typeof detail.message !== 'string') continue;
    const field = detail.path.split('/')[1];
    if (field && !errors[field]) errors[field] = detail.message;
  }
  return errors;
}

/**
 * Seconds to wait after a 429: the Retry-After header of the answer the error came from, else the
 * number in the service's message ("…again in 42 seconds"), else a minute.
 */
export function retryAfterSeconds(error: ApiError): number {
  const response = (error.cause as { response?: unknown } | undefined)?.response;
  if (response instanceof Response) {
    const header = Number(response.headers.get('retry-after'));
    if (Number.isFinite(header) && header > 0) return Math.ceil(header);
  }
  const inMessage = error.message.match(/(\d+)\s*seconds?/);
  return inMessage ? Number(inMessage[1]) : 60;
}
