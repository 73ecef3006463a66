/**
 * The customer's tickets, newest first, a page at a time: the first page on arrival, the next ones
 * appended when asked for (the service's keyset cursor).
 */
import { type ApiError, supportApi, type TicketSummary, toApiError } from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

const pageSize = 20;

interface TicketList {
  tickets: TicketSummary[];
  nextCursor: string | null;
  status: 'loading' | 'ready' | 'loading-more' | 'error';
  error: ApiError | null;
}

const loading: TicketList = { tickets: [], nextCursor: null, status: 'loading', error: null };

export function useTickets() {
  const [list, setList] = useState<TicketList>(loading);
  const [attempt, setAttempt] = useState(0);
  const controller = useRef<AbortController | null>(null);

  useEffect(() => {
    const abort = new AbortController();
    controller.current = abort;
    setList(loading);
    supportApi.listTickets({ limit: pageSize }, { signal: abort.signal }).then(
      (page) => setList({ tickets: page.items, nextCursor: page.nextCursor, status: 'ready', error: null }),
      (error: unknown) => {
        if (!abort.signal.aborted) setList({ ...loading, status: 'error', error: toApiError(error) });
      },
    );
    return () => abort.abort();
  }, [attempt]);

  const loadMore = useCallback(() => {
    setList((current) => {
      if (!current.nextCursor || current.status !== 'ready') return current;
      const signal = controller.current?.signal;
      supportApi.listTickets({ limit: pageSize, cursor: current.nextCursor }, signal ? { signal } : {}).then(
        (page) =>
          setList((before) => ({
            tickets: [...before.tickets, ...page.items],
            nextCursor: page.nextCursor,
            status: 'ready',
            error: null,
          })),
        (error: unknown) => {
          if (!signal?.aborted)
            setList((before) => ({ ...before, status: 'ready', error: toApiError(error) }));
        },
      );
      return { ...current, status: 'loading-more', error: null };
    });
  }, []);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...list, loadMore, reload };
}
