/**
 * Delivery to a pincode for the bag as it is now: where the pincode is and whether we deliver there
 * (logistics), and the bag's shipping fee, total and delivery estimate (the cart's quote), asked together.
 * Asked again when the bag changes, since the fee depends on what is in it.
 */
import {
  type ApiError,
  type CheckoutQuote,
  cartApi,
  logisticsApi,
  type PincodeInfo,
  toApiError,
} from '@emporium/api';
import { useEffect, useState } from 'react';

export type Delivery =
  | { status: 'idle' }
  | { status: 'loading'; pincode: string }
  | { status: 'ready'; pincode: string; place: PincodeInfo; quote: CheckoutQuote }
  | { status: 'error'; pincode: string; error: ApiError };

/** `bagVersion` changes whenever the bag's contents or totals do. */
export function useDelivery(pincode: string | null, bagVersion: string): Delivery {
  const [delivery, setDelivery] = useState<Delivery>({ status: 'idle' });

  useEffect(() => {
    if (!pincode) {
      setDelivery({ status: 'idle' });
      return;
    }
    const controller = new AbortController();
    const { signal } = controller;
    // Keeps the last answer for this pincode on screen while the new one loads, so totals don't flicker.
    setDelivery((current) =>
      current.status === 'ready' && current.pincode === pincode ? current : { status: 'loading', pincode },
    );
    Promise.all([logisticsApi.getPincode(pincode, { signal }), cartApi.quote(pincode, { signal })]).then(
      ([place, quote]) => setDelivery({ status: 'ready', pincode, place, quote }),
      (error: unknown) => {
        if (!signal.aborted) setDelivery({ status: 'error', pincode, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [pincode, bagVersion]);

  return delivery;
}
