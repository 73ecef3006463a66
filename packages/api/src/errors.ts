/**
 * One error type for every failed call, whatever went wrong: the UI shows `message`, branches on `code`,
 * and support can quote `requestId`. Services answer errors as
 * `{ statusCode, code, error, message, requestId, details? }`; ky's own failures become status 0.
 */
import { isHTTPError, isNetworkError, isTimeoutError } from 'ky';

export interface ApiErrorInit {
  status: number;
  code: string;
  message: string;
  requestId?: string | undefined;
  details?: unknown;
  cause?: unknown;
}

export class ApiError extends Error {
  override readonly name = 'ApiError';
  /** HTTP status, or 0 when no response arrived (timeout, network, aborted). */
  readonly status: number;
  /** Stable machine-readable code, for example PRODUCT_NOT_FOUND, TIMEOUT, NETWORK_ERROR. */
  readonly code: string;
  readonly requestId: string | undefined;
  readonly details: unknown;

  constructor(init: ApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.status = init.status;
    this.code = init.code;
    this.requestId = init.requestId;
    this.details = init.details;
  }
}

interface ServiceErrorBody {
  code?: unknown;
  message?: unknown;
  requestId?: unknown;
  details?: unknown;
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value !== '' ? value : undefined;

function isAbort(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}

/** Turns anything a call can throw into an ApiError (an ApiError passes through). */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (isHTTPError(error)) {
    const { response } = error;
    const body: ServiceErrorBody = typeof error.data === 'object' && error.data !== null ? error.data : {};
    return new ApiError({
      status: response.status,
      code: text(body.code) ?? `HTTP_${response.status}`,
      message: text(body.message) ?? `The server answered ${response.status} ${response.statusText}`.trim(),
      requestId: text(body.requestId) ?? response.headers.get('x-request-id') ?? undefined,
      details: body.details,
      cause: error,
    });
  }
  if (isTimeoutError(error)) {
    return new ApiError({
      status: 0,
      code: 'TIMEOUT',
      message: 'The server took too long to answer',
      cause: error,
    });
  }
  if (isNetworkError(error)) {
    return new ApiError({
      status: 0,
      code: 'NETWORK_ERROR',
      message: 'Could not reach the server; check your connection',
      cause: error,
    });
  }
  if (isAbort(error))
    return new ApiError({ status: 0, code: 'ABORTED', message: 'The request was cancelled', cause: error });
  return new ApiError({
    status: 0,
    code: 'UNEXPECTED',
    message: error instanceof Error ? error.message : 'Something went wrong',
    cause: error,
  });
}
