/**
 * @emporium/api: the one HTTP client of every micro frontend (shared as a Module Federation singleton).
 *
 * For MFE authors:
 *  - Never create an HTTP client: domain clients (`productsApi`, `userApi`, ...) live in src/<domain>/ and
 *    call the core helpers `getJson(path, options)`, `postJson(path, body?, options)`, `putJson`,
 *    `patchJson(path, body, options)`, `deleteJson(path, options)` (an empty answer resolves to undefined).
 *    Options are ky's: `signal`, `searchParams`, `headers`, `timeout`. Every failure is an `ApiError`
 *    { status (0 = no response), code, message, requestId, details }.
 *  - Authentication is automatic: the access token (memory only) goes on every request; a 401
 *    TOKEN_EXPIRED/INVALID_TOKEN/UNAUTHENTICATED triggers one refresh shared by all concurrent callers and one
 *    retry; if the refresh is refused the store's session is cleared and `loginRequired` is set (the host
 *    navigates to /auth/login?returnTo=…). Read the session from @emporium/store (`useSession()`).
 *  - Sign-in: `userApi.signup/login/verifyOtp` start the session and merge the guest cart; `userApi.logout()`.
 *    The host calls `configureApi({ apiOrigin, userType: 'customer' })` then `restoreSession()` once.
 *  - Checkout: `postJson(path, body, { headers: { [idempotencyHeader]: newIdempotencyKey() } })`, one key per
 *    attempt (reuse it when repeating the same attempt).
 *  - Cart badge: `shopStore.getState().setCartCount(cart.itemCount)` after cart calls, or `refreshCartCount()`.
 *  - Formatting: `formatMoney`, `toE164`/`formatPhone` (phone numbers), `formatDeliveryWindow`.
 *  - Analytics: `track({ type: 'add_to_cart', domain: 'products', props: { productId } })`; batched, never throws.
 */

export {
  accountApi,
  addressPincodePattern,
  maxAddresses,
  type WishlistProducts,
} from './account/client.ts';
export * from './account/types.ts';
export { flushEvents, track } from './activity/tracker.ts';
export {
  type ActivityEventType,
  type ActivityProps,
  activityEventTypes,
  type TrackInput,
} from './activity/types.ts';
export { refreshAccessToken, restoreSession } from './auth/refresh.ts';
export type { AuthSession } from './auth/session.ts';
export { type CheckoutOptions, cartApi } from './cart/client.ts';
export * from './cart/types.ts';
export { refreshCartCount } from './cart-count.ts';
export {
  type ApiConfig,
  configureApi,
  deleteJson,
  getJson,
  http,
  patchJson,
  postJson,
  putJson,
  type RequestOptions,
} from './client.ts';
export { contentApi } from './content/client.ts';
export * from './content/types.ts';
export { fieldErrors, retryAfterSeconds } from './error-details.ts';
export { ApiError, toApiError } from './errors.ts';
export { idempotencyHeader, newIdempotencyKey } from './idempotency.ts';
export { deviceInfo, guestId, guestIdKey, guestIdPattern } from './identity.ts';
export { logisticsApi, pincodePattern } from './logistics/client.ts';
export { formatDeliveryWindow } from './logistics/delivery-window.ts';
export * from './logistics/types.ts';
export { formatMoney, type Money } from './money.ts';
export { ordersApi } from './orders/client.ts';
export * from './orders/types.ts';
export { formatPhone, toE164 } from './phone.ts';
export { type CallOptions, productsApi } from './products/client.ts';
export * from './products/types.ts';
export { type ReadOptions, reviewsApi } from './reviews/client.ts';
export * from './reviews/types.ts';
export { fetchRuntimeConfig, type RemoteConfig, type RuntimeConfig } from './runtime-config.ts';
export { supportApi } from './support/client.ts';
export * from './support/types.ts';
export { userApi } from './user/client.ts';
export type {
  LoginInput,
  OtpRequested,
  OtpTarget,
  OtpVerifyInput,
  ProfileUpdate,
  SignupInput,
  User,
  UserType,
} from './user/types.ts';
