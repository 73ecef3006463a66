/**
 * Whether this product is on the signed-in customer's wishlist, and toggling it (user service, through the
 * account client). Guests who press it are sent to sign in and back; sellers and admins have no wishlist.
 */
import { accountApi, toApiError } from '@emporium/api';
import { shopStore, useSession, useSessionResolved } from '@emporium/store';
import { useCallback, useEffect, useState } from 'react';

export type WishState = 'unknown' | 'saved' | 'not-saved';

export function useWishlist(productId: string) {
  const session = useSession();
  const resolved = useSessionResolved();
  const customer = resolved && session?.type === 'customer';
  const [state, setState] = useState<WishState>('unknown');
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    setState('unknown');
    if (!customer) return;
    const controller = new AbortController();
    accountApi.listWishlist({ signal: controller.signal }).then(
      (items) => setState(items.some((item) => item.productId === productId) ? 'saved' : 'not-saved'),
      // Unknown stays: the button still works, it just cannot say it is already saved.
      () => {
        if (!controller.signal.aborted) setState('not-saved');
      },
    );
    return () => controller.abort();
  }, [customer, productId]);

  const toggle = useCallback(async () => {
    const store = shopStore.getState();
    if (!customer) {
      store.pushToast({ kind: 'info', message: 'Sign in to save products to your wishlist' });
      store.requireLogin();
      return;
    }
    setBusy(true);
    try {
      if (state === 'saved') {
        await accountApi.removeFromWishlist(productId);
        setState('not-saved');
        store.pushToast({ kind: 'info', message: 'Removed from your wishlist' });
      } else {
        await accountApi.addToWishlist(productId);
        setState('saved');
        store.pushToast({ kind: 'success', message: 'Saved to your wishlist' });
      }
    } catch (error) {
      store.pushToast({ kind: 'error', message: toApiError(error).message });
    } finally {
      setBusy(false);
    }
  }, [customer, productId, state]);

  // Sellers and admins have no wishlist; everyone else sees the button (guests are asked to sign in).
  const available = !resolved || !session || session.type === 'customer';
  return { saved: state === 'saved', busy, toggle, available };
}
