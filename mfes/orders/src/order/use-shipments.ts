/**
 * The order's shipments from logistics, with their carrier events. Asked again when the order's status
 * changes (a cancellation cancels the shipment too). A failure only costs the carrier details: the order's
 * own timeline still shows.
 */
import { type ApiError, logisticsApi, type Shipment, toApiError } from '@emporium/api';
import { useEffect, useState } from 'react';

export type ShipmentsState =
  | { status: 'loading'; shipments: null; error: null }
  | { status: 'ready'; shipments: Shipment[]; error: null }
  | { status: 'error'; shipments: null; error: ApiError };

export function useShipments(orderId: string, orderStatus: string | undefined): ShipmentsState {
  const [state, setState] = useState<ShipmentsState>({ status: 'loading', shipments: null, error: null });

  useEffect(() => {
    if (!orderStatus) return;
    const controller = new AbortController();
    logisticsApi.listShipments(orderId, { signal: controller.signal }).then(
      (shipments) => setState({ status: 'ready', shipments, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted)
          setState({ status: 'error', shipments: null, error: toApiError(error) });
      },
    );
    return () => controller.abort();
  }, [orderId, orderStatus]);

  return state;
}
