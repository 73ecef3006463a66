/**
 * The shopper's cart, kept fresh: loaded on arrival, re-read when the tab regains focus (stock and prices
 * move while the shopper is away), and changed through `change`, which runs one change at a time so every
 * answer is applied in the order the shopper asked (two quick edits never leave the older cart on screen).
 */
import { type ApiError, type Cart, cartApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

export type CartState =
  | { status: 'loading'; cart: null; error: null }
  | { status: 'ready'; cart: Cart; error: null }
  | { status: 'error'; cart: null; error: ApiError };

export interface CartHandle {
  state: CartState;
  reload: () => void;
  /** Runs a cart call after the ones before it and shows the cart it answers; rejects with an ApiError. */
  change: (call: () => Promise<Cart>) => Promise<Cart>;
}

export function useCart(): CartHandle {
  const [state, setState] = useState<CartState>({ status: 'loading', cart: null, error: null });
  const [attempt, setAttempt] = useState(0);
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', cart: null, error: null });
    cartApi.getCart({ signal: controller.signal }).then(
      (cart) => setState({ status: 'ready', cart, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', cart: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  // A quiet re-read when the shopper comes back to the tab; a failure keeps what is on screen.
  useEffect(() => {
    const refresh = () => {
      if (document.visibilityState !== 'visible') return;
      queue.current = queue.current
        .then(() => cartApi.getCart())
        .then(
          (cart) => setState((current) => (current.status === 'ready' ? { ...current, cart } : current)),
          () => undefined,
        );
    };
    document.addEventListener('visibilitychange', refresh);
    return () => document.removeEventListener('visibilitychange', refresh);
  }, []);

  const change = useCallback((call: () => Promise<Cart>) => {
    const run = queue.current.then(call).then((cart) => {
      setState({ status: 'ready', cart, error: null });
      return cart;
    });
    // The queue goes on after a failure; the caller sees the error.
    queue.current = run.catch(() => undefined);
    return run.catch((error: unknown) => {
      throw toApiError(error);
    });
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload, change };
}
