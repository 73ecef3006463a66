/**
 * The orders repository. There are no multi-document transactions (FerretDB has none) and FerretDB does
 * not even isolate concurrent updates of one document, so: creation is made idempotent by a unique index
 * on (user, idempotency key), the one write that is atomic there; every later change of an order runs
 * under that order's lock (the service kit's document-lock.ts) and decides on a fresh read (status transitions, tracking
 * events deduplicated by event id, fulfilment bookkeeping).
 */
import { randomUUID } from 'node:crypto';
import {
  ApiError,
  conflict,
  DocumentLocks,
  fingerprint,
  isDuplicateKey,
  notFound,
} from '@emporium/service-kit';
import type { Collection, Db, Filter, UpdateFilter } from 'mongodb';
import type { ShipmentEventRequest, ShipmentEventResultBody } from '../schemas/internal.ts';
import type { CreateOrderRequest, OrderStatus } from '../schemas/orders.ts';
import { afterCursor, encodeCursor, newestFirst } from './cursor.ts';
import type { Cancellation, OrderDocument, TimelineEntryDocument } from './documents.ts';
import { orderNumber } from './order-number.ts';
import { cancellableStatuses, orderStatusFor, statusesBefore } from './status.ts';
import { checkTotals } from './totals.ts';

const entry = (status: OrderStatus, note: string, at = new Date()): TimelineEntryDocument => ({
  status,
  at,
  note,
  location: null,
  eventId: null,
  shipmentStatus: null,
});

export interface Page {
  items: OrderDocument[];
  nextCursor: string | null;
}

export class OrderBook {
  readonly collection: Collection<OrderDocument>;
  readonly #locks: DocumentLocks;

  constructor(db: Db) {
    this.collection = db.collection<OrderDocument>('orders');
    this.#locks = new DocumentLocks(db);
  }

  get(id: string): Promise<OrderDocument | null> {
    return this.collection.findOne({ _id: id });
  }

  /** The order if it is this user's; someone else's order does not exist for them. */
  async getForUser(id: string, userId: string): Promise<OrderDocument> {
    const order = await this.collection.findOne({ _id: id, userId });
    if (!order) throw notFound('ORDER_NOT_FOUND', `No order ${id}`);
    return order;
  }

  /**
   * Places an order, or returns the one this user's idempotency key already placed (created: false).
   * Concurrent calls with one key race on the unique index; the losers read the winner's order.
   */
  async place(
    request: CreateOrderRequest,
    idempotencyKey: string,
  ): Promise<{ order: OrderDocument; created: boolean }> {
    checkTotals(request);
    const print = fingerprint(request);
    const replay = await this.#replay(request.userId, idempotencyKey, print);
    if (replay) return { order: replay, created: false };

    const now = new Date();
    for (let attempt = 0; attempt < 3; attempt++) {
      const order: OrderDocument = {
        _id: randomUUID(),
        number: orderNumber(now),
        userId: request.userId,
        idempotencyKey,
        fingerprint: print,
        checkoutId: request.checkoutId,
        reservationId: request.reservationId,
        status: 'placed',
        lines: request.lines,
        totals: request.totals,
        coupon: request.coupon,
        shippingAddress: request.shippingAddress,
        paymentMethod: request.paymentMethod,
        shipmentId: null,
        shipment: { state: 'pending', attempts: 0, nextAttemptAt: now, lastError: null },
        cancellation: null,
        timeline: [entry('placed', 'Order placed; pay cash on delivery', now)],
        createdAt: now,
        updatedAt: now,
      };
      try {
        await this.collection.insertOne(order);
        return { order, created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        const winner = await this.#replay(request.userId, idempotencyKey, print);
        if (winner) return { order: winner, created: false };
        const sameCheckout = await this.collection.findOne({ checkoutId: request.checkoutId });
        if (sameCheckout) {
          throw conflict('CHECKOUT_ALREADY_ORDERED', 'This checkout already has an order (another key)');
        }
        // Otherwise the random order number collided with another order's: draw again.
      }
    }
    throw new Error('could not allocate a unique order number');
  }

  async #replay(userId: string, idempotencyKey: string, print: string): Promise<OrderDocument | undefined> {
    const existing = await this.collection.findOne({ userId, idempotencyKey });
    if (!existing) return undefined;
    if (existing.fingerprint !== print) {
      throw new ApiError(
        422,
        'IDEMPOTENCY_KEY_REUSED',
        'This idempotency key was used for a different order; use a new key for a new order',
      );
    }
    return existing;
  }

  async #page(filter: Filter<OrderDocument>, scope: string, limit: number, cursor?: string): Promise<Page> {
    const pageFilter = cursor ? { $and: [filter, afterCursor(cursor, scope)] } : filter;
    const docs = await this.collection
      .find(pageFilter)
      .sort(newestFirst)
      .limit(limit + 1)
      .toArray();
    const items = docs.slice(0, limit);
    const last = items.at(-1);
    return { items, nextCursor: docs.length > limit && last ? encodeCursor(last, scope) : null };
  }

  listForUser(userId: string, limit: number, cursor?: string): Promise<Page> {
    return this.#page({ userId }, `user:${userId}`, limit, cursor);
  }

  listAll(status: OrderStatus | undefined, limit: number, cursor?: string): Promise<Page> {
    return this.#page(status ? { status } : {}, `status:${status ?? '*'}`, limit, cursor);
  }

  /** Runs a change of one order with the order locked (see the service kit's document-lock.ts), from a fresh read. */
  #change<T>(id: string, change: (current: OrderDocument | null) => Promise<T>): Promise<T> {
    return this.#locks.run(`order:${id}`, async () => change(await this.get(id)));
  }

  async #update(id: string, update: UpdateFilter<OrderDocument>): Promise<OrderDocument> {
    const updated = await this.collection.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
    if (!updated) throw notFound('ORDER_NOT_FOUND', `No order ${id}`);
    return updated;
  }

  /** Cancels a placed or packed order of this user; the reservation and shipment are undone afterwards. */
  cancel(id: string, userId: string, reason: string | undefined): Promise<OrderDocument> {
    return this.#change(id, async (current) => {
      if (!current || current.userId !== userId) throw notFound('ORDER_NOT_FOUND', `No order ${id}`);
      if (!cancellableStatuses.includes(current.status)) {
        throw new ApiError(
          409,
          'ORDER_NOT_CANCELLABLE',
          `A ${current.status} order can no longer be cancelled`,
        );
      }
      const now = new Date();
      const cancellation: Cancellation = {
        reason: reason ?? null,
        at: now,
        pending: true,
        reservation: 'pending',
        shipment: 'pending',
        attempts: 0,
        nextAttemptAt: now,
        lastError: null,
      };
      return this.#update(id, {
        $set: { status: 'cancelled', cancellation, updatedAt: now },
        $push: { timeline: entry('cancelled', reason ? `Cancelled: ${reason}` : 'Cancelled by you', now) },
      });
    });
  }

  /** Marks a placed order packed (the warehouse's step; admins only). */
  pack(id: string): Promise<OrderDocument> {
    return this.#change(id, async (current) => {
      if (!current) throw notFound('ORDER_NOT_FOUND', `No order ${id}`);
      if (current.status !== 'placed') {
        throw new ApiError(409, 'ORDER_NOT_PACKABLE', `A ${current.status} order cannot be packed`);
      }
      const now = new Date();
      return this.#update(id, {
        $set: { status: 'packed', updatedAt: now },
        $push: { timeline: entry('packed', 'Packed and ready for the carrier', now) },
      });
    });
  }

  /**
   * Records a carrier event: appended to the timeline once (an event id already there is a duplicate),
   * moving the order forward when the event means progress. A cancelled order is never moved.
   */
  applyShipmentEvent(orderId: string, event: ShipmentEventRequest): Promise<ShipmentEventResultBody> {
    return this.#change(orderId, async (current) => {
      if (!current) throw notFound('ORDER_NOT_FOUND', `No order ${orderId}`);
      if (current.timeline.some((t) => t.eventId === event.eventId)) {
        return { applied: false, duplicate: true, status: current.status };
      }
      if (current.status === 'cancelled') return { applied: false, duplicate: false, status: current.status };
      // The first event may beat the booking's answer (logistics created it; we did not hear back).
      if (current.shipmentId !== null && current.shipmentId !== event.shipmentId) {
        throw conflict(
          'SHIPMENT_MISMATCH',
          `Order ${orderId} ships as ${current.shipmentId}, not ${event.shipmentId}`,
        );
      }
      const target = orderStatusFor[event.status];
      // An older event arriving late, or a second hub scan, goes on the timeline without moving the order.
      const forward = statusesBefore(target).includes(current.status);
      const updated = await this.#update(orderId, {
        $set: {
          ...(forward ? { status: target } : {}),
          shipmentId: event.shipmentId,
          'shipment.state': 'created',
          'shipment.nextAttemptAt': null,
          updatedAt: new Date(),
        },
        $push: {
          timeline: {
            status: target,
            at: new Date(event.at),
            note: event.note,
            location: event.location,
            eventId: event.eventId,
            shipmentStatus: event.status,
          },
        },
      });
      return { applied: true, duplicate: false, status: updated.status };
    });
  }

  async hasPurchased(userId: string, productId: string): Promise<boolean> {
    const found = await this.collection.findOne(
      { userId, 'lines.productId': productId, status: { $ne: 'cancelled' } },
      { projection: { _id: 1 } },
    );
    return found !== null;
  }

  // Shipment booking and cancellation compensation, driven by fulfilment/fulfilment.ts.

  /**
   * Claims the next booking attempt: counts it and pushes the next retry out, so a concurrent sweep
   * skips the order. Null when the booking is no longer pending, someone else claimed it meanwhile, or the
   * order was cancelled (a shipment is then never booked).
   */
  claimShipmentAttempt(order: OrderDocument, retryAt: Date): Promise<OrderDocument | null> {
    return this.#change(order._id, async (current) => {
      if (
        !current ||
        current.status === 'cancelled' ||
        current.shipment.state !== 'pending' ||
        current.shipment.attempts !== order.shipment.attempts
      ) {
        return null;
      }
      return this.#update(order._id, {
        $set: { 'shipment.attempts': current.shipment.attempts + 1, 'shipment.nextAttemptAt': retryAt },
      });
    });
  }

  /** What logistics said about the booking; a booking that succeeded is never downgraded by a later failure. */
  recordShipmentBooking(
    id: string,
    outcome: { state: 'created'; shipmentId: string } | { state: 'pending' | 'refused'; error: string },
  ): Promise<OrderDocument | null> {
    return this.#change(id, async (current) => {
      if (!current) return null;
      if (outcome.state === 'created') {
        return this.#update(id, {
          $set: {
            shipmentId: outcome.shipmentId,
            'shipment.state': 'created',
            'shipment.lastError': null,
            'shipment.nextAttemptAt': null,
            updatedAt: new Date(),
          },
        });
      }
      if (current.shipment.state !== 'pending') return current;
      return this.#update(id, {
        $set: {
          'shipment.state': outcome.state,
          'shipment.lastError': outcome.error,
          ...(outcome.state === 'refused' ? { 'shipment.nextAttemptAt': null } : {}),
          updatedAt: new Date(),
        },
      });
    });
  }

  /** Like claimShipmentAttempt, for the compensation of a cancelled order. */
  claimCompensation(order: OrderDocument, retryAt: Date): Promise<OrderDocument | null> {
    return this.#change(order._id, async (current) => {
      const cancellation = current?.cancellation;
      if (!cancellation?.pending || cancellation.attempts !== order.cancellation?.attempts) return null;
      return this.#update(order._id, {
        $set: { 'cancellation.attempts': cancellation.attempts + 1, 'cancellation.nextAttemptAt': retryAt },
      });
    });
  }

  /** What product and logistics said; a step another attempt finished meanwhile stays finished. */
  recordCompensation(
    id: string,
    outcome: Pick<Cancellation, 'reservation' | 'shipment' | 'lastError'>,
  ): Promise<OrderDocument | null> {
    return this.#change(id, async (current) => {
      const cancellation = current?.cancellation;
      if (!current || !cancellation) return current;
      const reservation =
        cancellation.reservation === 'pending' ? outcome.reservation : cancellation.reservation;
      const shipment = cancellation.shipment === 'pending' ? outcome.shipment : cancellation.shipment;
      const pending = reservation === 'pending' || shipment === 'pending';
      return this.#update(id, {
        $set: {
          'cancellation.reservation': reservation,
          'cancellation.shipment': shipment,
          'cancellation.pending': pending,
          'cancellation.lastError': pending ? outcome.lastError : null,
          ...(pending ? {} : { 'cancellation.nextAttemptAt': null }),
          updatedAt: new Date(),
        },
      });
    });
  }

  /** Orders whose shipment booking is due for another attempt. */
  dueBookings(now: Date, limit: number): Promise<OrderDocument[]> {
    return this.collection
      .find({
        'shipment.state': 'pending',
        status: { $ne: 'cancelled' },
        'shipment.nextAttemptAt': { $lte: now },
      })
      .limit(limit)
      .toArray();
  }

  /** Cancelled orders whose release or shipment cancellation is due for another attempt. */
  dueCompensations(now: Date, limit: number): Promise<OrderDocument[]> {
    return this.collection
      .find({ 'cancellation.pending': true, 'cancellation.nextAttemptAt': { $lte: now } })
      .limit(limit)
      .toArray();
  }
}
