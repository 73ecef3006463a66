/**
 * The header's cart badge: `refreshCartCount()` reads the cart's item count into the store. The cart
 * MFE sets the count itself from every cart answer (`shopStore.getState().setCartCount(cart.itemCount)`);
 * this is for everyone else (the host at start-up and after sign-in or sign-out). It calls the cart
 * service with the core helpers because the typed cart client belongs to the cart domain's module.
 */
import { apiPrefix } from '@emporium/registry';
import { shopStore } from '@emporium/store';
import { getJson } from './client.ts';

export const cartPath = `${apiPrefix('cart')}/cart`;

/** Reads the count (guest or signed in, whoever this page is); on failure the badge keeps what it had. */
export async function refreshCartCount(options: { signal?: AbortSignal } = {}): Promise<number | null> {
  try {
    const { itemCount } = await getJson<{ itemCount: number }>(cartPath, options);
    shopStore.getState().setCartCount(itemCount);
    return itemCount;
  } catch {
    return shopStore.getState().cartCount;
  }
}
