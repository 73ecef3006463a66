/**
 * The customer's orders, newest first, a page at a time: the first page on arrival, the next ones
 * appended when asked for (the service's keyset cursor).
 */
import { type ApiError, type OrderSummary, ordersApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

export const pageSize = 10;

export interface OrderHistory {
  orders: OrderSummary[];
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'loading-more' | 'error';
  error: ApiError | null;
}

export function useOrderHistory() {
  const [history, setHistory] = useState<OrderHistory>({
    orders: [],
    nextCursor: null,
    status: 'loading',
    error: null,
  });
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    setHistory({ orders: [], nextCursor: null, status: 'loading', error: null });
    ordersApi.listOrders({ limit: pageSize }, { signal: abort.signal }).then(
      (page) => setHistory({ orders: page.items, nextCursor: page.nextCursor, status: 'ready', error: null }),
      (error: unknown) => {
        if (!abort.signal.aborted) {
          setHistory({ orders: [], nextCursor: null, status: 'error', error: toApiError(error) });
        }
      },
    );
    return () => abort.abort();
  }, [attempt]);

  const loadMore = useCallback(() => {
    setHistory((current) => {
      if (!current.nextCursor || current.status !== 'ready') return current;
      const signal = controller.current?.signal;
      ordersApi.listOrders({ limit: pageSize, cursor: current.nextCursor }, signal ? { signal } : {}).then(
        (page) =>
          setHistory((before) => ({
            orders: [...before.orders, ...page.items],
            nextCursor: page.nextCursor,
            status: 'ready',
            error: null,
          })),
        (error: unknown) => {
          if (!signal?.aborted)
            setHistory((before) => ({ ...before, status: 'ready', error: toApiError(error) }));
        },
      );
      return { ...current, status: 'loading-more', error: null };
    });
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...history, loadMore, reload };
}
