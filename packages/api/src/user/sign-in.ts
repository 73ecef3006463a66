/**
 * What every way of signing in ends with: the session is set (token here, user in the store), then the
 * guest cart is merged into the customer's so what the shopper added as a guest follows them.
 */
import { apiPrefix } from '@emporium/registry';
import { shopStore } from '@emporium/store';
import { type AuthSession, startSession } from '../auth/session.ts';
import { refreshCartCount } from '../cart-count.ts';
import { postJson } from '../client.ts';

// The cart service's merge, called with the core helper: the typed cart client belongs to the cart domain's
// module, and this call is part of signing in, not of the cart UI.
const mergePath = `${apiPrefix('cart')}/cart/merge`;

/** Merges the guest cart (x-guest-id goes on every request) and updates the badge; never fails the sign-in. */
export async function mergeGuestCart(): Promise<void> {
  try {
    const merged = await postJson<{ itemCount: number } | undefined>(mergePath);
    // 204 means there was nothing to merge: the customer's own cart decides the count.
    if (merged) shopStore.getState().setCartCount(merged.itemCount);
    else await refreshCartCount();
  } catch (error) {
    console.warn('Could not merge the guest cart after sign-in:', error);
    await refreshCartCount();
  }
}

export async function completeSignIn(session: AuthSession): Promise<AuthSession> {
  startSession(session);
  // Only customers have carts; a seller or admin portal signs in without one.
  if (session.user.type === 'customer') await mergeGuestCart();
  return session;
}
