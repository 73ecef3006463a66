/**
 * Adding to the cart from the product page. The cart client updates the header's badge through the shared
 * store; this tells the shopper (a toast, and a line by the button that stays) and records the event.
 * Guests need nothing special: the API client sends their guest id, and the cart follows them at sign-in.
 */
import { type ApiError, cartApi, type Product, toApiError, track } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { useCallback, useEffect, useState } from 'react';

export type AddState =
  | { status: 'idle' }
  | { status: 'adding' }
  | { status: 'added'; quantity: number; inCart: number }
  | { status: 'error'; error: ApiError };

export function useAddToCart(product: Pick<Product, 'id' | 'name'>) {
  const [state, setState] = useState<AddState>({ status: 'idle' });

  // Another product's page starts clean.
  useEffect(() => setState({ status: 'idle' }), [product.id]);

  const add = useCallback(
    async (quantity: number) => {
      setState({ status: 'adding' });
      try {
        const cart = await cartApi.addItem(product.id, quantity);
        const inCart = cart.items.find((item) => item.productId === product.id)?.quantity ?? quantity;
        setState({ status: 'added', quantity, inCart });
        track({ type: 'add_to_cart', domain: 'products', props: { productId: product.id, quantity } });
        shopStore.getState().pushToast({
          kind: 'success',
          message: `Added ${quantity > 1 ? `${quantity} × ` : ''}${product.name} to your cart`,
        });
      } catch (error) {
        setState({ status: 'error', error: toApiError(error) });
      }
    },
    [product.id, product.name],
  );

  /** Forgets the last outcome (the shopper changed what they are about to add). */
  const reset = useCallback(() => setState({ status: 'idle' }), []);

  return { state, add, reset };
}

/** What to tell the shopper when adding failed: the cart service's own words when it explains a rule. */
export function addErrorMessage(error: ApiError): string {
  switch (error.code) {
    case 'INSUFFICIENT_STOCK':
    case 'QUANTITY_LIMIT_REACHED':
    case 'CART_FULL':
    case 'OUT_OF_STOCK':
      return error.message;
    case 'PRODUCT_NOT_FOUND':
    case 'PRODUCT_UNAVAILABLE':
      return 'This product can’t be bought right now.';
    default:
      return error.status === 0 || error.status >= 500
        ? 'We couldn’t reach your cart. Please try again in a moment.'
        : error.message;
  }
}
