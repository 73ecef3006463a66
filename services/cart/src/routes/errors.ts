/** Error responses the cart routes share, for the OpenAPI document. */
import { ErrorResponse } from '@emporium/service-kit';

/** Every route: bad input, a token that does not verify, a dependency or the database down. */
export const commonErrors = { 400: ErrorResponse, 401: ErrorResponse, 503: ErrorResponse } as const;

/** Routes that need an owner and refuse sellers and admins. */
export const ownerErrors = { ...commonErrors, 403: ErrorResponse } as const;
