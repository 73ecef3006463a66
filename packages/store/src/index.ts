/**
 * @emporium/store: the state every micro frontend shares (a Module Federation singleton, zustand 5).
 *
 * For MFE authors:
 *  - React: `useSession()` ({ user, type } | null), `useSessionResolved()` (the start-up silent refresh has
 *    finished: wait for it before deciding a visitor is signed out), `useCartCount()` (number | null),
 *    `useToasts()`, `useLoginRequired()`, or any slice with `useShopStore((s) => s.x)`.
 *  - Anywhere: `shopStore.getState()` gives the data and the actions, `shopStore.subscribe(listener)`.
 *  - Actions: `setCartCount(n)` after every cart change (the header badge reads it); `pushToast({ kind:
 *    'success' | 'error' | 'info', message, durationMs? })` returns an id, `dismissToast(id)`;
 *    `requireLogin({ returnTo? })` sends the shopper to /auth/login?returnTo=… (the host does the navigation).
 *  - The session itself is set by @emporium/api (sign-in, refresh, sign-out): MFEs never call `setSession`.
 */
export {
  useCartCount,
  useLoginRequired,
  useSession,
  useSessionResolved,
  useShopStore,
  useToasts,
} from './hooks.ts';
export type {
  LoginRequest,
  Session,
  SessionUser,
  ShopState,
  Toast,
  ToastInput,
  ToastKind,
  UserType,
} from './state.ts';
export { createShopStore, defaultToastMs, shopStore } from './store.ts';
