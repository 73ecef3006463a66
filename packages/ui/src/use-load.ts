/**
 * One request per mount (and per change of `key`), cancelled when the component moves on, with a retry.
 * Every section of a page loads through it on its own, so one failing service costs only its section.
 * While a new key loads, `data` still holds the previous answer, so a list can stay on screen, dimmed,
 * instead of flashing empty on every keystroke.
 */
import { type ApiError, toApiError } from '@emporium/api';
import { useCallback, useEffect, useRef, useState } from 'react';

export interface LoadState<T> {
  status: 'loading' | 'ready' | 'error';
  data: T | null;
  error: ApiError | null;
}

export function useLoad<T>(load: (signal: AbortSignal) => Promise<T>, key: string) {
  const [state, setState] = useState<LoadState<T>>({ status: 'loading', data: null, error: null });
  const [attempt, setAttempt] = useState(0);
  // The loader is a new closure each render; `key` says when what it loads has changed.
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    const controller = new AbortController();
    setState((s) => ({ ...s, status: 'loading', error: null }));
    loadRef.current(controller.signal).then(
      // An answer that arrives after the key moved on (settled just before the abort) is not this key's.
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'ready', data, error: null });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', data: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
