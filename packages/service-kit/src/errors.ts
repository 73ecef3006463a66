/**
 * Errors of every service: ApiError for failures a handler means, and the handler that turns every error
 * (validation, parser, database, unexpected) into the one JSON shape of error-shape.ts.
 */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { MongoError, MongoNetworkError, MongoServerSelectionError } from 'mongodb';
import { type ErrorDetailBody, errorBody } from './error-shape.ts';

export * from './error-shape.ts';

/** An error a handler throws on purpose; it becomes a response with its status and code. */
export class ApiError extends Error {
  readonly statusCode: number;
  readonly code: string;
  readonly details: ErrorDetailBody[] | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    statusCode: number,
    code: string,
    message: string,
    options: { details?: ErrorDetailBody[]; headers?: Record<string, string> } = {},
  ) {
    super(message);
    this.name = 'ApiError';
    this.statusCode = statusCode;
    this.code = code;
    this.details = options.details;
    this.headers = options.headers;
  }
}

export const badRequest = (code: string, message: string, details?: ErrorDetailBody[]) =>
  new ApiError(400, code, message, details ? { details } : {});
export const notFound = (code: string, message: string) => new ApiError(404, code, message);
export const conflict = (code: string, message: string) => new ApiError(409, code, message);

// Fastify's own client errors, mapped to our codes.
const fastifyCodes: Record<string, [number, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: [413, 'PAYLOAD_TOO_LARGE'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, 'UNSUPPORTED_MEDIA_TYPE'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, 'INVALID_CONTENT_LENGTH'],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_CTP_INVALID_JSON_BODY: [400, 'INVALID_JSON'],
  FST_ERR_BAD_URL: [400, 'BAD_URL'],
};

function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof MongoServerSelectionError || error instanceof MongoNetworkError) return true;
  return (
    error instanceof MongoError &&
    ['MongoTopologyClosedError', 'MongoNotConnectedError', 'MongoNetworkTimeoutError'].includes(error.name)
  );
}

type ValidationIssue = NonNullable<FastifyError['validation']>[number];

function validationDetails(error: FastifyError): ErrorDetailBody[] {
  const where = error.validationContext;
  return (error.validation ?? []).map((v: ValidationIssue) => {
    const params = v.params as Record<string, unknown>;
    if (v.keyword === 'additionalProperties') {
      return {
        ...(where ? { in: where } : {}),
        path: `${v.instancePath}/${String(params.additionalProperty)}`,
        message: 'is not an allowed field',
      };
    }
    if (v.keyword === 'required') {
      return {
        ...(where ? { in: where } : {}),
        path: `${v.instancePath}/${String(params.missingProperty)}`,
        message: 'is required',
      };
    }
    return {
      ...(where ? { in: where } : {}),
      path: v.instancePath || '/',
      message: v.message ?? 'is invalid',
    };
  });
}

/** The error handler every service installs. Unknown errors become a 500 without internals in the body. */
export function handleError(
  error: FastifyError | ApiError | Error,
  request: FastifyRequest,
  reply: FastifyReply,
) {
  if (error instanceof ApiError) {
    if (error.headers) reply.headers(error.headers);
    if (error.statusCode >= 500) request.log.error({ err: error }, error.message);
    return reply
      .code(error.statusCode)
      .send(errorBody(request, error.statusCode, error.code, error.message, error.details));
  }
  const fe = error as FastifyError;
  if (fe.validation) {
    const details = validationDetails(fe);
    const first = details[0];
    const message = first ? `${first.in ?? 'request'}${first.path} ${first.message}` : 'Request is invalid';
    return reply.code(400).send(errorBody(request, 400, 'VALIDATION_FAILED', message, details));
  }
  const mapped = fe.code ? fastifyCodes[fe.code] : undefined;
  if (mapped) {
    return reply.code(mapped[0]).send(errorBody(request, mapped[0], mapped[1], fe.message));
  }
  if (isDatabaseUnavailable(error)) {
    request.log.warn({ err: error }, 'database unavailable');
    reply.header('retry-after', '2');
    return reply
      .code(503)
      .send(
        errorBody(request, 503, 'DATABASE_UNAVAILABLE', 'The database is unavailable; try again shortly'),
      );
  }
  // Errors from the JSON parser (bad syntax, prototype poisoning) carry a 400 but no code we know.
  if (error instanceof SyntaxError || (fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500)) {
    const status = fe.statusCode && fe.statusCode >= 400 && fe.statusCode < 500 ? fe.statusCode : 400;
    const code =
      error instanceof SyntaxError || /JSON|prototype/i.test(fe.message) ? 'INVALID_JSON' : 'BAD_REQUEST';
    return reply.code(status).send(errorBody(request, status, code, fe.message));
  }
  request.log.error({ err: error }, 'unhandled error');
  return reply.code(500).send(errorBody(request, 500, 'INTERNAL_ERROR', 'Something went wrong on our side'));
}

export function handleNotFound(request: FastifyRequest, reply: FastifyReply) {
  return reply
    .code(404)
    .send(
      errorBody(
        request,
        404,
        'ROUTE_NOT_FOUND',
        `No route for ${request.method} ${request.url.split('?')[0]}`,
      ),
    );
}
