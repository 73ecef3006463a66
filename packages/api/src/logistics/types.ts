/** The logistics service's API shapes (services/logistics/src/schemas), as the browser receives them. */
import type { EstimatedDelivery } from '../cart/types.ts';

export type DeliveryZone = 'metro' | 'tier2' | 'rest' | 'remote';

export interface PincodeInfo {
  pincode: string;
  /** false for unknown pincodes and areas not delivered to. */
  serviceable: boolean;
  /** Post office area; null when unknown. */
  area: string | null;
  city: string | null;
  state: string | null;
  zone: DeliveryZone | null;
  codAvailable: boolean;
  /** null when not serviceable. */
  estimatedDelivery: EstimatedDelivery | null;
}

export const shipmentStatuses = [
  'created',
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'delivered',
  'cancelled',
] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

export interface ShipmentEvent {
  id: string;
  status: ShipmentStatus;
  at: string;
  location: string;
  note: string;
}

export interface Shipment {
  id: string;
  orderId: string;
  status: ShipmentStatus;
  carrier: string;
  trackingNumber: string;
  pincode: string;
  items: { productId: string; quantity: number }[];
  estimatedDelivery: EstimatedDelivery;
  /** Oldest first. */
  events: ShipmentEvent[];
  createdAt: string;
  updatedAt: string;
}
