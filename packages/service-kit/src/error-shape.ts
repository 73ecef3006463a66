/**
 * The one JSON error shape of the platform, for every 4xx and 5xx of every service and of the gateway:
 *   { statusCode, code, error, message, requestId, details? }
 * `code` is stable and machine-readable; `message` is for humans; `details` lists per-field problems.
 * This module has no dependencies beyond TypeBox, so the gateway can use it without the service kit.
 */
import { STATUS_CODES } from 'node:http';
import { type Static, Type } from 'typebox';

export const ErrorDetail = Type.Object({
  in: Type.Optional(Type.String({ description: 'body, querystring, params or headers' })),
  path: Type.String({ description: 'JSON pointer to the offending field' }),
  message: Type.String(),
});

export const ErrorResponse = Type.Object(
  {
    statusCode: Type.Integer(),
    code: Type.String({ description: 'Stable machine-readable error code' }),
    error: Type.String({ description: 'HTTP reason phrase' }),
    message: Type.String(),
    requestId: Type.String(),
    details: Type.Optional(Type.Array(ErrorDetail)),
  },
  { description: 'Error' },
);

export type ErrorBody = Static<typeof ErrorResponse>;
export type ErrorDetailBody = Static<typeof ErrorDetail>;

export function errorBody(
  request: { id: unknown },
  statusCode: number,
  code: string,
  message: string,
  details?: ErrorDetailBody[],
): ErrorBody {
  return {
    statusCode,
    code,
    error: STATUS_CODES[statusCode] ?? 'Error',
    message,
    requestId: String(request.id),
    ...(details && details.length > 0 ? { details } : {}),
  };
}
