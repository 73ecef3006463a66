/**
 * Reads the cart's item count whenever the header's badge does not know it: at start-up once the session
 * is known, and after sign-out (which forgets the signed-in cart's count). Sign-in sets it from the cart
 * merge, and the cart MFE sets it after each change it makes.
 */
import { refreshCartCount } from '@emporium/api';
import { useCartCount, useSessionResolved } from '@emporium/store';
import { useEffect } from 'react';

export function CartCountSync() {
  const resolved = useSessionResolved();
  const unknown = useCartCount() === null;
  useEffect(() => {
    if (!resolved || !unknown) return;
    const controller = new AbortController();
    void refreshCartCount({ signal: controller.signal });
    return () => controller.abort();
  }, [resolved, unknown]);
  return null;
}
