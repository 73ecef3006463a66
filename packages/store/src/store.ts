/**
 * The one store of the page. @emporium/store is a Module Federation singleton (packages/mf-config), so
 * the host and every remote import this very module and this very store: a cart count set by the cart
 * MFE is the count the host's header shows.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { LoginRequest, ShopState, Toast, ToastInput } from './state.ts';

export const defaultToastMs = 5_000;

let toastSequence = 0;

function currentPath(): string {
  const location = globalThis.location;
  return location ? `${location.pathname}${location.search}${location.hash}` : '/';
}

/** A fresh store; the page uses `shopStore`, tests create their own. */
export function createShopStore(): StoreApi<ShopState> {
  // Auto-dismiss timers, so an early dismiss also stops its timer.
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  return createStore<ShopState>()((set, get) => ({
    session: null,
    sessionResolved: false,
    guestId: null,
    cartCount: null,
    toasts: [],
    loginRequired: null,

    setSession: (session) => set({ session }),
    resolveSession: () => set({ sessionResolved: true }),
    setGuestId: (guestId) => set({ guestId }),
    setCartCount: (count) => set({ cartCount: count === null ? null : Math.max(0, Math.trunc(count)) }),

    // An error stays until dismissed: the shopper has to be able to read what went wrong (WCAG 2.2.1).
    pushToast: ({
      kind = 'info',
      message,
      durationMs = kind === 'error' ? 0 : defaultToastMs,
    }: ToastInput) => {
      toastSequence += 1;
      const toast: Toast = { id: `toast-${toastSequence}`, kind, message };
      set({ toasts: [...get().toasts, toast] });
      if (durationMs > 0)
        timers.set(
          toast.id,
          setTimeout(() => get().dismissToast(toast.id), durationMs),
        );
      return toast.id;
    },
    dismissToast: (id) => {
      clearTimeout(timers.get(id));
      timers.delete(id);
      if (get().toasts.some((toast) => toast.id === id)) {
        set({ toasts: get().toasts.filter((toast) => toast.id !== id) });
      }
    },

    requireLogin: (request: Partial<LoginRequest> = {}) =>
      set({
        loginRequired: { returnTo: request.returnTo ?? currentPath(), reason: request.reason ?? 'required' },
      }),
    clearLoginRequired: () => set({ loginRequired: null }),
  }));
}

export const shopStore: StoreApi<ShopState> = createShopStore();
