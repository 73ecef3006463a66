/**
 * Placing the order exactly once. One Idempotency-Key per checkout attempt: made when the shopper first
 * presses "Place order" and sent again with the same body on every retry (a double click, "Try again"
 * after a timeout, the client's own retries), so the service answers a repeat with the order it already
 * placed. A different address is a different attempt and gets a new key.
 */
import {
  type ApiError,
  type CheckoutRequest,
  type CheckoutResult,
  cartApi,
  newIdempotencyKey,
  toApiError,
} from '@emporium/api';
import { useCallback, useRef, useState } from 'react';

export type PlaceOrderState =
  | { status: 'idle'; error: null }
  | { status: 'placing'; error: null }
  | { status: 'failed'; error: ApiError }
  | { status: 'placed'; error: null };

export function usePlaceOrder() {
  const [state, setState] = useState<PlaceOrderState>({ status: 'idle', error: null });
  const attempt = useRef<{ key: string; body: string } | null>(null);
  const inFlight = useRef<Promise<CheckoutResult> | null>(null);

  const placeOrder = useCallback((request: CheckoutRequest): Promise<CheckoutResult> => {
    // A second press while the first is on its way waits for the same answer.
    if (inFlight.current) return inFlight.current;
    const body = JSON.stringify(request);
    if (attempt.current?.body !== body) attempt.current = { key: newIdempotencyKey(), body };
    setState({ status: 'placing', error: null });
    const run = cartApi.checkout(request, { idempotencyKey: attempt.current.key }).then(
      (result) => {
        attempt.current = null;
        setState({ status: 'placed', error: null });
        return result;
      },
      (cause: unknown) => {
        const error = toApiError(cause);
        setState({ status: 'failed', error });
        throw error;
      },
    );
    inFlight.current = run;
    run.then(
      () => {
        inFlight.current = null;
      },
      () => {
        inFlight.current = null;
      },
    );
    return run;
  }, []);

  return { state, placeOrder };
}
