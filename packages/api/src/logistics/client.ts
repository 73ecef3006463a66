/** The logistics service, typed: pincode serviceability and an order's shipments with tracking events. */
import { apiPrefix } from '@emporium/registry';
import { getJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type { PincodeInfo, Shipment } from './types.ts';

const base = apiPrefix('logistics');

/** Six digits, not starting with 0: what the service accepts (anything else is a 400). */
export const pincodePattern = /^[1-9][0-9]{5}$/;

export const logisticsApi = {
  /** Public. An unknown pincode is not an error: `serviceable: false`. */
  getPincode(pincode: string, options: CallOptions = {}): Promise<PincodeInfo> {
    return getJson<PincodeInfo>(`${base}/pincodes/${encodeURIComponent(pincode)}`, options);
  },
  /** The signed-in customer's shipments of one of their orders (usually one). */
  async listShipments(orderId: string, options: CallOptions = {}): Promise<Shipment[]> {
    const { items } = await getJson<{ items: Shipment[] }>(`${base}/shipments`, {
      ...options,
      searchParams: { orderId },
    });
    return items;
  },
  getShipment(shipmentId: string, options: CallOptions = {}): Promise<Shipment> {
    return getJson<Shipment>(`${base}/shipments/${encodeURIComponent(shipmentId)}`, options);
  },
};
