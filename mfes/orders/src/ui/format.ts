/** Dates and statuses as the orders pages say them. */
import type { OrderStatus, ShipmentStatus } from '@emporium/api';

const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  hour: 'numeric',
  minute: '2-digit',
});

/** "25 Nov 2025". */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** "Tue, 25 Nov, 4:30 pm". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

export const orderStatusLabel: Record<OrderStatus, string> = {
  placed: 'Placed',
  packed: 'Packed',
  shipped: 'Shipped',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Cancelled',
};

export const shipmentStatusLabel: Record<ShipmentStatus, string> = {
  created: 'Shipment booked with the courier',
  picked_up: 'Picked up by the courier',
  in_transit: 'In transit',
  out_for_delivery: 'Out for delivery',
  failed_attempt: 'Delivery attempt failed',
  delivered: 'Delivered',
  cancelled: 'Shipment cancelled',
};
