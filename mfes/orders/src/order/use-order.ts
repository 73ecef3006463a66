/** One order by id; `replace` shows the order a change (cancelling) answered with. */
import { type ApiError, type Order, ordersApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useState } from 'react';

export type OrderState =
  | { status: 'loading'; order: null; error: null }
  | { status: 'ready'; order: Order; error: null }
  | { status: 'error'; order: null; error: ApiError };

export function useOrder(orderId: string) {
  const [state, setState] = useState<OrderState>({ status: 'loading', order: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', order: null, error: null });
    ordersApi.getOrder(orderId, { signal: controller.signal }).then(
      (order) => setState({ status: 'ready', order, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', order: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [orderId, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const replace = useCallback((order: Order) => setState({ status: 'ready', order, error: null }), []);
  return { ...state, reload, replace };
}
