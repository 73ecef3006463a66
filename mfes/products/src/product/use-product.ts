import { type ApiError, type Product, productsApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useState } from 'react';

export type ProductState =
  | { status: 'loading'; product: null; error: null }
  | { status: 'ready'; product: Product; error: null }
  | { status: 'error'; product: null; error: ApiError };

/** One product by id, cancelled when the id changes (the shopper moved on). */
export function useProduct(id: string) {
  const [state, setState] = useState<ProductState>({ status: 'loading', product: null, error: null });
  const [attempt, setAttempt] = useState(0);

  // `attempt` re-runs the request on retry.
  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', product: null, error: null });
    productsApi.getProduct(id, { signal: controller.signal }).then(
      (product) => setState({ status: 'ready', product, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', product: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
