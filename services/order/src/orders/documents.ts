/** How orders are stored, and how a stored order becomes an API response. */
import type { MoneyBody } from '../schemas/common.ts';
import type {
  OrderBody,
  OrderStatus,
  OrderSummaryBody,
  ShippingAddressBody,
  TimelineEntryBody,
} from '../schemas/orders.ts';
import { cancellableStatuses } from './status.ts';

export interface TimelineEntryDocument {
  status: OrderStatus;
  at: Date;
  note: string;
  location: string | null;
  /** Set for entries from logistics: the event id that deduplicates resent events. */
  eventId: string | null;
  shipmentStatus: string | null;
}

/**
 * Booking the shipment in logistics: pending until it answers (retried with backoff while it is down),
 * created once it has, refused when it said no (a 4xx: an operator has to look).
 */
export interface ShipmentBooking {
  state: 'pending' | 'created' | 'refused';
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

/**
 * Undoing a cancelled order elsewhere: the stock reservation released in product, the shipment cancelled
 * in logistics. Each step is pending until its service answers; `pending` stays true until both are done.
 */
export interface Cancellation {
  reason: string | null;
  at: Date;
  pending: boolean;
  reservation: 'pending' | 'released' | 'none' | 'refused';
  shipment: 'pending' | 'cancelled' | 'none' | 'refused';
  attempts: number;
  nextAttemptAt: Date | null;
  lastError: string | null;
}

export interface OrderLineDocument {
  productId: string;
  name: string;
  image: string | null;
  quantity: number;
  unitPrice: MoneyBody;
  lineTotal: MoneyBody;
}

export interface OrderDocument {
  _id: string;
  number: string;
  userId: string;
  /** Unique per user: the same key yields the same order. */
  idempotencyKey: string;
  /** Hash of the create request, to tell a retry from a different order reusing a key. */
  fingerprint: string;
  checkoutId: string;
  reservationId: string;
  status: OrderStatus;
  lines: OrderLineDocument[];
  totals: { subtotal: MoneyBody; discount: MoneyBody; shipping: MoneyBody; total: MoneyBody };
  coupon: { code: string } | null;
  shippingAddress: ShippingAddressBody;
  paymentMethod: 'cod';
  shipmentId: string | null;
  shipment: ShipmentBooking;
  cancellation: Cancellation | null;
  timeline: TimelineEntryDocument[];
  createdAt: Date;
  updatedAt: Date;
}

function toTimelineEntry(entry: TimelineEntryDocument): TimelineEntryBody {
  return {
    status: entry.status,
    at: entry.at.toISOString(),
    note: entry.note,
    ...(entry.location !== null ? { location: entry.location } : {}),
    ...(entry.shipmentStatus !== null ? { shipmentStatus: entry.shipmentStatus } : {}),
  };
}

export function toOrder(doc: OrderDocument): OrderBody {
  // Carrier events may arrive out of order (resent after an outage); the timeline reads by time.
  const timeline = [...doc.timeline].sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    id: doc._id,
    number: doc.number,
    userId: doc.userId,
    status: doc.status,
    cancellable: cancellableStatuses.includes(doc.status),
    lines: doc.lines,
    totals: doc.totals,
    coupon: doc.coupon,
    shippingAddress: doc.shippingAddress,
    paymentMethod: doc.paymentMethod,
    shipmentId: doc.shipmentId,
    timeline: timeline.map(toTimelineEntry),
    cancellation: doc.cancellation
      ? { reason: doc.cancellation.reason, at: doc.cancellation.at.toISOString() }
      : null,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function toSummary(doc: OrderDocument): OrderSummaryBody {
  return {
    id: doc._id,
    number: doc.number,
    status: doc.status,
    total: doc.totals.total,
    itemCount: doc.lines.reduce((n, l) => n + l.quantity, 0),
    lines: doc.lines.map(({ productId, name, image, quantity }) => ({ productId, name, image, quantity })),
    createdAt: doc.createdAt.toISOString(),
  };
}

/** Only what list pages need is read from the database. */
export const summaryProjection = { number: 1, status: 1, totals: 1, lines: 1, createdAt: 1 } as const;
