/**
 * @emporium/api: the one HTTP client of every micro frontend (shared as a Module Federation singleton).
 */
export { type ApiConfig, configureApi, getJson, http, postJson } from './client.ts';
export { ApiError, toApiError } from './errors.ts';
export { deviceInfo, guestId, guestIdKey, guestIdPattern } from './identity.ts';
export { formatMoney, type Money } from './money.ts';
export { type CallOptions, productsApi } from './products/client.ts';
export * from './products/types.ts';
export { fetchRuntimeConfig, type RemoteConfig, type RuntimeConfig } from './runtime-config.ts';
