/**
 * The wishlist on screen: the saved ids with their products as the catalog has them now (prices and stock
 * are never stale), minus what the shopper removed or moved to the bag on this page.
 */
import { accountApi, cartApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { useState } from 'react';

export function useWishlist() {
  const loaded = useLoad((signal) => accountApi.wishlistProducts({ signal }), 'wishlist');
  const [gone, setGone] = useState<ReadonlySet<string>>(new Set());

  const forget = (productIds: string[]) => setGone((current) => new Set([...current, ...productIds]));

  const remove = async (productId: string) => {
    await accountApi.removeFromWishlist(productId);
    forget([productId]);
  };

  /**
   * Into the bag first, out of the wishlist second: if the bag refuses (sold out, bag full), the product
   * stays saved; the cart answer also updates the header's bag count.
   */
  const moveToBag = async (productId: string) => {
    await cartApi.addItem(productId, 1);
    await accountApi.removeFromWishlist(productId);
    forget([productId]);
  };

  /** Drops the saved ids the catalog no longer has. */
  const clearMissing = async (productIds: string[]) => {
    await Promise.all(productIds.map((id) => accountApi.removeFromWishlist(id)));
    forget(productIds);
  };

  const data = loaded.data;
  return {
    status: loaded.status,
    error: loaded.error,
    reload: () => {
      setGone(new Set());
      loaded.reload();
    },
    items: data ? data.items.filter((item) => !gone.has(item.productId)) : null,
    missing: data ? data.missing.filter((id) => !gone.has(id)) : [],
    remove,
    moveToBag,
    clearMissing,
  };
}
