/**
 * A product's reviews, newest first, a page at a time ("Show more reviews"). A review the shopper has just
 * written is put on top at once, without reading the list again.
 */
import { type ApiError, type Review, reviewsApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

export const reviewPageSize = 5;

interface ListState {
  status: 'loading' | 'ready' | 'error';
  items: Review[];
  nextCursor: string | null;
  error: ApiError | null;
}

const loading: ListState = { status: 'loading', items: [], nextCursor: null, error: null };

export function useReviewList(productId: string) {
  const [state, setState] = useState<ListState>(loading);
  const [attempt, setAttempt] = useState(0);
  const [loadingMore, setLoadingMore] = useState(false);
  const [moreError, setMoreError] = useState<ApiError | null>(null);
  // Cancels a "show more" that is still running when the product changes or the page goes.
  const more = useRef<AbortController | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    setState(loading);
    setMoreError(null);
    reviewsApi.listForProduct(productId, { limit: reviewPageSize }, { signal: controller.signal }).then(
      (page) => setState({ status: 'ready', items: page.items, nextCursor: page.nextCursor, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ ...loading, status: 'error', error: toApiError(error) });
      },
    );
    return () => {
      controller.abort();
      more.current?.abort();
    };
  }, [productId, attempt]);

  const loadMore = useCallback(async () => {
    if (!state.nextCursor) return;
    const controller = new AbortController();
    more.current = controller;
    setLoadingMore(true);
    setMoreError(null);
    try {
      const page = await reviewsApi.listForProduct(
        productId,
        { limit: reviewPageSize * 2, cursor: state.nextCursor },
        { signal: controller.signal },
      );
      setState((s) => ({
        ...s,
        // A review put on top by `prepend` may come again in a later page.
        items: [...s.items, ...page.items.filter((r) => !s.items.some((seen) => seen.id === r.id))],
        nextCursor: page.nextCursor,
      }));
    } catch (error) {
      if (!controller.signal.aborted) setMoreError(toApiError(error));
    } finally {
      if (!controller.signal.aborted) setLoadingMore(false);
    }
  }, [productId, state.nextCursor]);

  const prepend = useCallback((review: Review) => {
    setState((s) => ({ ...s, items: [review, ...s.items.filter((r) => r.id !== review.id)] }));
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, loadingMore, moreError, loadMore, prepend, reload };
}
