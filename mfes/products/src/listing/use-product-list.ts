/**
 * The listing's data: the first page for the current filters, then "Load more" pages appended with the
 * service's cursor. A change of filters cancels the request in flight, so a slow old answer never
 * replaces a newer one.
 */
import {
  type ApiError,
  type ProductListQuery,
  type ProductSummary,
  productsApi,
  toApiError,
} from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface ProductListState {
  status: 'loading' | 'ready' | 'error';
  items: ProductSummary[];
  total: number;
  nextCursor: string | null;
  error: ApiError | null;
  loadingMore: boolean;
  moreError: ApiError | null;
  /** The query (as its key) that `items` answer; they may be an older query's while a new one loads. */
  answered: string | null;
}

const initial: ProductListState = {
  status: 'loading',
  items: [],
  total: 0,
  nextCursor: null,
  error: null,
  loadingMore: false,
  moreError: null,
  answered: null,
};

export function useProductList(query: ProductListQuery) {
  const [state, setState] = useState(initial);
  const [attempt, setAttempt] = useState(0);
  const key = JSON.stringify(query);
  const queryRef = useRef(query);
  queryRef.current = query;
  const moreController = useRef<AbortController | null>(null);

  // `key` stands for the query (a new object each render); `attempt` re-runs it on retry.
  useEffect(() => {
    const controller = new AbortController();
    moreController.current?.abort();
    setState((s) => ({ ...s, status: 'loading', error: null, moreError: null, loadingMore: false }));
    productsApi.listProducts(queryRef.current, { signal: controller.signal }).then(
      (page) =>
        setState({
          ...initial,
          status: 'ready',
          items: page.items,
          total: page.total,
          nextCursor: page.nextCursor,
          answered: key,
        }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((s) => ({ ...s, status: 'error', error: toApiError(error) }));
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const loadMore = useCallback(() => {
    const cursor = state.nextCursor;
    if (!cursor || state.loadingMore) return;
    const controller = new AbortController();
    moreController.current = controller;
    setState((s) => ({ ...s, loadingMore: true, moreError: null }));
    productsApi.listProducts({ ...queryRef.current, cursor }, { signal: controller.signal }).then(
      (page) =>
        setState((s) => ({
          ...s,
          items: [...s.items, ...page.items],
          total: page.total,
          nextCursor: page.nextCursor,
          loadingMore: false,
        })),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState((s) => ({ ...s, loadingMore: false, moreError: toApiError(error) }));
      },
    );
  }, [state.nextCursor, state.loadingMore]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  /** The items are this query's own answer, complete (not a previous query's kept on screen). */
  const current = state.status === 'ready' && state.answered === key;
  return { ...state, current, loadMore, reload };
}
