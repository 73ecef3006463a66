/**
 * Sends tracking events to the order service (`POST /internal/orders/:orderId/events`), which moves the
 * order's status and timeline. An event stays in the shipment's undeliveredEventIds until the order
 * service acknowledges it, so nothing is lost while it is down: the next event of the shipment and a
 * periodic sweep send what is pending, in order. The order service deduplicates by event id, so an event
 * sent twice (an acknowledgement lost on the way back) is recorded once.
 */
import { ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyBaseLogger } from 'fastify';
import type { ShipmentDocument, ShipmentEventDocument } from './documents.ts';
import type { Shipments } from './shipments.ts';

// The order service refuses these for good (no such order, a malformed event); resending cannot help.
const permanentRefusals = new Set([400, 404, 409, 422]);
const sweepBatch = 50;

export interface OrderFeedOptions {
  shipments: Shipments;
  order: ServiceClient;
  log: FastifyBaseLogger;
  timeoutMs: number;
}

export class OrderFeed {
  readonly #options: OrderFeedOptions;
  #sweeping: Promise<void> | undefined;
  readonly #inFlight = new Map<string, Promise<boolean>>();
  #timer: NodeJS.Timeout | undefined;

  constructor(options: OrderFeedOptions) {
    this.#options = options;
  }

  /**
   * Sends the shipment's pending events, oldest first; true when none is left pending. Deliveries of one
   * shipment run one after another in this process (the admin route and the sweep may both ask), each
   * from a fresh read, so an event is sent once unless its acknowledgement is lost.
   */
  deliver(shipmentId: string): Promise<boolean> {
    const previous = this.#inFlight.get(shipmentId) ?? Promise.resolve(true);
    const next = previous.catch(() => false).then(() => this.#deliverNow(shipmentId));
    this.#inFlight.set(shipmentId, next);
    return next.finally(() => {
      if (this.#inFlight.get(shipmentId) === next) this.#inFlight.delete(shipmentId);
    });
  }

  async #deliverNow(shipmentId: string): Promise<boolean> {
    const { shipments } = this.#options;
    const shipment = await shipments.get(shipmentId);
    if (!shipment) return true;
    for (const eventId of shipment.undeliveredEventIds) {
      const event = shipment.events.find((e) => e.id === eventId);
      if (event && !(await this.#send(shipment, event))) return false;
      await shipments.markDelivered(shipment._id, eventId);
    }
    return true;
  }

  /** True when the order service has the event, or refused it for good (resending cannot help). */
  async #send(shipment: ShipmentDocument, event: ShipmentEventDocument): Promise<boolean> {
    const { order, log, timeoutMs } = this.#options;
    try {
      await order.post(
        `/internal/orders/${encodeURIComponent(shipment.orderId)}/events`,
        {
          eventId: event.id,
          shipmentId: shipment._id,
          status: event.status,
          at: event.at.toISOString(),
          location: event.location,
          note: event.note,
        },
        { idempotencyKey: event.id, timeoutMs, retries: 1 },
      );
      return true;
    } catch (err) {
      if (err instanceof ServiceCallError && permanentRefusals.has(err.status)) {
        log.error(
          { err, shipmentId: shipment._id, orderId: shipment.orderId, eventId: event.id },
          'order service refused a tracking event; not resending it',
        );
        return true;
      }
      // Down, slow or refusing our key: keep this and the later events for the next attempt.
      log.warn(
        { err: (err as Error).message, shipmentId: shipment._id, eventId: event.id },
        'tracking event not delivered to the order service; will resend',
      );
      return false;
    }
  }

  /** Sends every pending event of every shipment (one sweep at a time). */
  sweep(): Promise<void> {
    this.#sweeping ??= this.#sweepOnce().finally(() => {
      this.#sweeping = undefined;
    });
    return this.#sweeping;
  }

  async #sweepOnce(): Promise<void> {
    const pending = await this.#options.shipments.withUndeliveredEvents(sweepBatch);
    for (const shipment of pending) {
      // The order service is still down: the rest would fail the same way.
      if (!(await this.deliver(shipment._id))) return;
    }
  }

  start(intervalMs: number): void {
    this.#timer = setInterval(() => {
      this.sweep().catch((err: unknown) => this.#options.log.warn({ err }, 'order feed sweep failed'));
    }, intervalMs);
    // The sweep never keeps the process alive on its own.
    this.#timer.unref();
  }

  async stop(): Promise<void> {
    clearInterval(this.#timer);
    await this.#sweeping?.catch(() => {});
  }
}
