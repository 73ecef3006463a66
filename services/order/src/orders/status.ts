/**
 * The order lifecycle: placed -> packed -> shipped -> out_for_delivery -> delivered, or cancelled while it
 * is still placed or packed. Shipment events only move an order forward, never out of cancelled.
 */
import type { ShipmentEventStatus } from '../schemas/internal.ts';
import { type OrderStatus, orderStatuses } from '../schemas/orders.ts';

const stage: Record<Exclude<OrderStatus, 'cancelled'>, number> = {
  placed: 0,
  packed: 1,
  shipped: 2,
  out_for_delivery: 3,
  delivered: 4,
};

export const cancellableStatuses: OrderStatus[] = ['placed', 'packed'];

/** What a carrier event means for the order. A failed attempt still means the parcel went out. */
export const orderStatusFor: Record<ShipmentEventStatus, Exclude<OrderStatus, 'cancelled'>> = {
  picked_up: 'shipped',
  in_transit: 'shipped',
  out_for_delivery: 'out_for_delivery',
  failed_attempt: 'out_for_delivery',
  delivered: 'delivered',
};

/** The statuses from which an order moves forward to `target`. */
export function statusesBefore(target: Exclude<OrderStatus, 'cancelled'>): OrderStatus[] {
  return orderStatuses.filter((s) => s !== 'cancelled' && stage[s] < stage[target]);
}
