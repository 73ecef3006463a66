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
const dayFormat = new Intl.DateTimeFormat('en-IN', {
  weekday: 'short',
  day: 'numeric',
  month: 'short',
  timeZone: 'UTC',
});

/** "25 Nov 2025". */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** "Tue, 25 Nov, 4:30 pm". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** A delivery window of calendar dates (YYYY-MM-DD), read at UTC midnight so no time zone moves the day. */
export function formatWindow(window: { from: string; to: string }): string {
  const from = dayFormat.format(new Date(`${window.from.slice(0, 10)}T00:00:00Z`));
  const to = dayFormat.format(new Date(`${window.to.slice(0, 10)}T00:00:00Z`));
  return from === to ? from : `${from} – ${to}`;
}

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
