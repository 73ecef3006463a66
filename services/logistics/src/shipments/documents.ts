/** How shipments are stored, and how a stored shipment becomes an API response. */
import type { EstimatedDeliveryBody, ItemBody, Zone } from '../schemas/common.ts';
import type { ShipmentBody, ShipmentStatus } from '../schemas/shipments.ts';
import { feedsOrder } from './status.ts';

export interface ShipmentEventDocument {
  /** Also the id the order service deduplicates by, so a resent event is recorded once. */
  id: string;
  status: ShipmentStatus;
  at: Date;
  location: string;
  note: string;
}

export interface ShipmentDocument {
  _id: string;
  orderId: string;
  userId: string;
  pincode: string;
  zone: Zone;
  carrier: string;
  trackingNumber: string;
  status: ShipmentStatus;
  items: ItemBody[];
  estimatedDelivery: EstimatedDeliveryBody;
  events: ShipmentEventDocument[];
  /**
   * Tracking events the order service has not acknowledged yet, oldest first. (FerretDB cannot update
   * one element of an array in place, so the per-event flag lives here as a list of ids.)
   */
  undeliveredEventIds: string[];
  createdAt: Date;
  updatedAt: Date;
}

export function toShipment(doc: ShipmentDocument): ShipmentBody {
  const pending = new Set(doc.undeliveredEventIds);
  return {
    id: doc._id,
    orderId: doc.orderId,
    userId: doc.userId,
    status: doc.status,
    carrier: doc.carrier,
    trackingNumber: doc.trackingNumber,
    pincode: doc.pincode,
    items: doc.items,
    estimatedDelivery: doc.estimatedDelivery,
    events: doc.events.map((e) => ({
      id: e.id,
      status: e.status,
      at: e.at.toISOString(),
      location: e.location,
      note: e.note,
      deliveredToOrder: feedsOrder(e.status) ? !pending.has(e.id) : null,
    })),
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
