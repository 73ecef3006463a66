/**
 * What happens around an order in other services: booking its shipment in logistics when it is placed,
 * and, when it is cancelled, releasing its stock reservation in product and cancelling the shipment.
 *
 * Neither may fail the customer's request: when a service is down, the step stays pending on the order
 * and is retried with backoff (on the next read of the order, and by a periodic sweep), so the stock is
 * released eventually. Both calls are idempotent on the other side (one shipment per order, a release
 * of a released reservation is a no-op), so a retry or a concurrent attempt never doubles anything.
 */
import { ApiError, ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { Cancellation, OrderDocument } from '../orders/documents.ts';
import type { OrderBook } from '../orders/order-book.ts';

export interface FulfilmentOptions {
  book: OrderBook;
  logistics: ServiceClient;
  product: ServiceClient;
  log: FastifyBaseLogger;
  /** Per call: a shipment booking must not hold up the checkout for long. */
  timeoutMs: number;
  /** First retry delay; it doubles with every attempt up to maxRetryDelayMs. */
  retryBaseMs: number;
}

const maxRetryDelayMs = 10 * 60_000;
const sweepBatch = 25;

const isUnavailable = (err: unknown) => err instanceof ApiError && err.statusCode === 503;

export class Fulfilment {
  readonly #o: FulfilmentOptions;
  #sweeping: Promise<void> | undefined;
  #timer: NodeJS.Timeout | undefined;

  constructor(options: FulfilmentOptions) {
    this.#o = options;
  }

  #retryAt(attempt: number): Date {
    return new Date(Date.now() + Math.min(maxRetryDelayMs, this.#o.retryBaseMs * 2 ** (attempt - 1)));
  }

  #shipmentRequest(order: OrderDocument) {
    return {
      orderId: order._id,
      userId: order.userId,
      pincode: order.shippingAddress.pincode,
      items: order.lines.map((l) => ({ productId: l.productId, quantity: l.quantity })),
    };
  }

  /** Books the order's shipment if that is pending; answers the order as it is afterwards. */
  async bookShipment(order: OrderDocument, request?: FastifyRequest): Promise<OrderDocument> {
    const claimed = await this.#o.book.claimShipmentAttempt(
      order,
      this.#retryAt(order.shipment.attempts + 1),
    );
    if (!claimed) return (await this.#o.book.get(order._id)) ?? order;
    const log = request?.log ?? this.#o.log;
    try {
      const shipment = await this.#o.logistics.post<{ id: string }>(
        '/internal/shipments',
        this.#shipmentRequest(order),
        { request, idempotencyKey: `shipment-${order._id}`, timeoutMs: this.#o.timeoutMs, retries: 1 },
      );
      return (
        (await this.#o.book.recordShipmentBooking(order._id, {
          state: 'created',
          shipmentId: shipment.id,
        })) ?? order
      );
    } catch (err) {
      if (err instanceof ServiceCallError) {
        log.error({ err, orderId: order._id }, 'logistics refused the shipment; an operator must book it');
        return (
          (await this.#o.book.recordShipmentBooking(order._id, { state: 'refused', error: err.code })) ??
          order
        );
      }
      if (!isUnavailable(err)) throw err;
      log.warn({ orderId: order._id }, 'logistics unavailable; shipment booking will be retried');
      return (
        (await this.#o.book.recordShipmentBooking(order._id, {
          state: 'pending',
          error: 'logistics unavailable',
        })) ?? order
      );
    }
  }

  async #releaseReservation(
    order: OrderDocument,
    request?: FastifyRequest,
  ): Promise<Cancellation['reservation']> {
    try {
      await this.#o.product.post(
        `/internal/reservations/${encodeURIComponent(order.reservationId)}/release`,
        undefined,
        { request, idempotencyKey: `release-${order.reservationId}`, timeoutMs: this.#o.timeoutMs },
      );
      return 'released';
    } catch (err) {
      if (err instanceof ServiceCallError) {
        // No such reservation: there is no stock to give back. A 409 is a reservation still being made.
        if (err.status === 404) return 'none';
        if (err.status === 409) return 'pending';
        (request?.log ?? this.#o.log).error({ err, orderId: order._id }, 'product refused the stock release');
        return 'refused';
      }
      if (isUnavailable(err)) return 'pending';
      throw err;
    }
  }

  /** The shipment's id; booked now when an earlier booking may have reached logistics unheard. */
  async #shipmentToCancel(order: OrderDocument, request?: FastifyRequest): Promise<string | null> {
    if (order.shipmentId) return order.shipmentId;
    // Never sent (the claim is refused once the order is cancelled), or refused: nothing exists.
    if (order.shipment.attempts === 0 || order.shipment.state === 'refused') return null;
    try {
      const shipment = await this.#o.logistics.post<{ id: string }>(
        '/internal/shipments',
        this.#shipmentRequest(order),
        { request, idempotencyKey: `shipment-${order._id}`, timeoutMs: this.#o.timeoutMs },
      );
      await this.#o.book.recordShipmentBooking(order._id, { state: 'created', shipmentId: shipment.id });
      return shipment.id;
    } catch (err) {
      if (err instanceof ServiceCallError) return null;
      throw err;
    }
  }

  async #cancelShipment(order: OrderDocument, request?: FastifyRequest): Promise<Cancellation['shipment']> {
    try {
      const shipmentId = await this.#shipmentToCancel(order, request);
      if (!shipmentId) return 'none';
      await this.#o.logistics.post(
        `/internal/shipments/${encodeURIComponent(shipmentId)}/cancel`,
        { reason: order.cancellation?.reason ?? 'Order cancelled' },
        { request, idempotencyKey: `cancel-${shipmentId}`, timeoutMs: this.#o.timeoutMs },
      );
      return 'cancelled';
    } catch (err) {
      if (err instanceof ServiceCallError) {
        if (err.status === 404) return 'none';
        (request?.log ?? this.#o.log).error(
          { err, orderId: order._id },
          'logistics refused to cancel the shipment',
        );
        return 'refused';
      }
      if (isUnavailable(err)) return 'pending';
      throw err;
    }
  }

  /** Undoes a cancelled order's reservation and shipment, as far as the services answer. */
  async compensate(order: OrderDocument, request?: FastifyRequest): Promise<OrderDocument> {
    if (!order.cancellation?.pending) return order;
    const claimed = await this.#o.book.claimCompensation(
      order,
      this.#retryAt(order.cancellation.attempts + 1),
    );
    const cancellation = claimed?.cancellation;
    if (!claimed || !cancellation) return (await this.#o.book.get(order._id)) ?? order;
    const [reservation, shipment] = await Promise.all([
      cancellation.reservation === 'pending'
        ? this.#releaseReservation(claimed, request)
        : cancellation.reservation,
      cancellation.shipment === 'pending' ? this.#cancelShipment(claimed, request) : cancellation.shipment,
    ]);
    const stillPending = [
      reservation === 'pending' && 'product',
      shipment === 'pending' && 'logistics',
    ].filter(Boolean);
    const lastError = stillPending.length > 0 ? `${stillPending.join(' and ')} unavailable` : null;
    if (lastError)
      (request?.log ?? this.#o.log).warn({ orderId: order._id, lastError }, 'cancellation will be retried');
    return (
      (await this.#o.book.recordCompensation(order._id, { reservation, shipment, lastError })) ?? claimed
    );
  }

  /** Runs whatever is due for this order now (called when an order is read). */
  async catchUp(order: OrderDocument, request?: FastifyRequest): Promise<OrderDocument> {
    const now = Date.now();
    const due = (at: Date | null | undefined) => at !== null && at !== undefined && at.getTime() <= now;
    if (
      order.status !== 'cancelled' &&
      order.shipment.state === 'pending' &&
      due(order.shipment.nextAttemptAt)
    ) {
      return this.bookShipment(order, request);
    }
    if (order.cancellation?.pending && due(order.cancellation.nextAttemptAt)) {
      return this.compensate(order, request);
    }
    return order;
  }

  /** One pass over every order with a step due (one pass at a time). */
  sweep(): Promise<void> {
    this.#sweeping ??= this.#sweepOnce().finally(() => {
      this.#sweeping = undefined;
    });
    return this.#sweeping;
  }

  async #sweepOnce(): Promise<void> {
    const now = new Date();
    for (const order of await this.#o.book.dueCompensations(now, sweepBatch)) await this.compensate(order);
    for (const order of await this.#o.book.dueBookings(now, sweepBatch)) await this.bookShipment(order);
  }

  start(intervalMs: number): void {
    this.#timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.#o.log.warn({ err }, 'fulfilment sweep failed'));
    }, intervalMs);
    // The sweep never keeps the process alive on its own.
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#sweeping?.catch(() => {});
  }
}
