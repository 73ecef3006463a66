import type { ApiError } from '@emporium/api';

/** Per-field messages from a 400's details (`path` is a JSON pointer such as "/pincode"). */
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
