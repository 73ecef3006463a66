/**
 * React hooks over the page's store. Each reads one slice, so a component re-renders only when its slice
 * changes (a toast does not re-render the cart badge).
 */
import { useStore } from 'zustand';
import type { LoginRequest, Session, ShopState, Toast } from './state.ts';
import { shopStore } from './store.ts';

/** Any slice of the store: `useShopStore((s) => s.cartCount)`. */
export function useShopStore<T>(selector: (state: ShopState) => T): T {
  return useStore(shopStore, selector);
}

export const useSession = (): Session | null => useShopStore((state) => state.session);
export const useSessionResolved = (): boolean => useShopStore((state) => state.sessionResolved);
export const useCartCount = (): number | null => useShopStore((state) => state.cartCount);
export const useToasts = (): Toast[] => useShopStore((state) => state.toasts);
export const useLoginRequired = (): LoginRequest | null => useShopStore((state) => state.loginRequired);
