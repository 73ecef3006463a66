import { ErrorResponse } from '@emporium/service-kit';

/** Error responses every public read can give. */
export const publicErrors = { 400: ErrorResponse, 503: ErrorResponse };

/** Error responses every admin route can give: bad input, not signed in, not an admin, database down. */
export const adminErrors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** Extra error responses of admin edits. */
export const editErrors = { 404: ErrorResponse, 409: ErrorResponse, 428: ErrorResponse };
