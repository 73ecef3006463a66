/** The signed-in customer's saved addresses (default first), for checkout to choose from. */
import { type Address, type ApiError, accountApi, toApiError } from '@emporium/api';
import { useCallback, useEffect, useState } from 'react';

export type AddressesState =
  | { status: 'loading'; addresses: null; error: null }
  | { status: 'ready'; addresses: Address[]; error: null }
  | { status: 'error'; addresses: null; error: ApiError };

export function useAddresses() {
  const [state, setState] = useState<AddressesState>({ status: 'loading', addresses: null, error: null });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading', addresses: null, error: null });
    accountApi.listAddresses({ signal: controller.signal }).then(
      (addresses) => setState({ status: 'ready', addresses, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', addresses: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, reload };
}
