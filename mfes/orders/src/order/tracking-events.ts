/**
 * One tracking history from two sources: the order's own timeline (placed, packed, cancelled...) and the
 * courier's events from logistics. Timeline entries that merely echo a courier event (`shipmentStatus`)
 * are left out when the courier's events are there to say it in full.
 */
import type { Order, Shipment } from '@emporium/api';
import { shipmentStatusLabel } from '../ui/format.ts';

export interface TrackingEvent {
  key: string;
  at: string;
  title: string;
  /** Extra words from the source, when they add something to the title. */
  note: string | null;
  location: string | null;
}

const orderEventTitle: Record<Order['status'], string> = {
  placed: 'Order placed',
  packed: 'Packed and ready to ship',
  shipped: 'Shipped',
  out_for_delivery: 'Out for delivery',
  delivered: 'Delivered',
  cancelled: 'Order cancelled',
};

function noteBeyond(title: string, note: string | undefined): string | null {
  const text = note?.trim();
  return text && text.toLowerCase() !== title.toLowerCase() ? text : null;
}

/** Newest first. */
export function trackingEvents(order: Order, shipments: Shipment[] | null): TrackingEvent[] {
  const events: TrackingEvent[] = [];
  order.timeline.forEach((entry, index) => {
    if (shipments && shipments.length > 0 && entry.shipmentStatus) return;
    const title = orderEventTitle[entry.status];
    events.push({
      key: `order-${index}`,
      at: entry.at,
      title,
      note: noteBeyond(title, entry.note),
      location: entry.location ?? null,
    });
  });
  for (const shipment of shipments ?? []) {
    for (const event of shipment.events) {
      const title = shipmentStatusLabel[event.status];
      events.push({
        key: event.id,
        at: event.at,
        title,
        note: noteBeyond(title, event.note),
        location: event.location || null,
      });
    }
  }
  return events.sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
}
