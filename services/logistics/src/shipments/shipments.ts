/**
 * The shipments repository. One shipment per order: a unique index on orderId makes creation idempotent,
 * even for concurrent calls (an insert against a unique index is the one write FerretDB makes atomic).
 * Every later change runs under the shipment's lock (the service kit's document-lock.ts) and decides on a fresh read, so a
 * tracking event and the order feed's acknowledgement never overwrite each other.
 */
import { randomBytes, randomInt, randomUUID } from 'node:crypto';
import { ApiError, conflict, DocumentLocks, isDuplicateKey, notFound } from '@emporium/service-kit';
import type { Collection, Db, UpdateFilter } from 'mongodb';
import type { PincodeDirectory } from '../pincodes/directory.ts';
import type { CreateShipmentRequest, TrackingEventRequest } from '../schemas/shipments.ts';
import type { ShipmentDocument, ShipmentEventDocument } from './documents.ts';
import { canMove } from './status.ts';

/** Where parcels leave from: the fulfilment centre every order ships out of. */
export const originLocation = 'Emporium fulfilment centre, Bhiwandi';

const defaultNotes: Record<string, string> = {
  created: 'Shipment booked with the carrier',
  picked_up: 'Picked up by the carrier',
  in_transit: 'In transit',
  out_for_delivery: 'Out for delivery',
  failed_attempt: 'Delivery attempted; the customer was not available',
  delivered: 'Delivered',
  cancelled: 'Shipment cancelled',
};

const newShipmentId = () => `shp_${randomBytes(12).toString('base64url')}`;
const newTrackingNumber = () => `EM${String(randomInt(0, 1e10)).padStart(10, '0')}IN`;

export class Shipments {
  readonly collection: Collection<ShipmentDocument>;
  readonly #directory: PincodeDirectory;
  readonly #locks: DocumentLocks;

  constructor(db: Db, directory: PincodeDirectory) {
    this.collection = db.collection<ShipmentDocument>('shipments');
    this.#directory = directory;
    this.#locks = new DocumentLocks(db);
  }

  get(id: string): Promise<ShipmentDocument | null> {
    return this.collection.findOne({ _id: id });
  }

  findByOrder(orderId: string): Promise<ShipmentDocument | null> {
    return this.collection.findOne({ orderId });
  }

  /** The order's shipment: created now (created: true) or the one it already has. */
  async create(input: CreateShipmentRequest): Promise<{ shipment: ShipmentDocument; created: boolean }> {
    const existing = await this.findByOrder(input.orderId);
    if (existing) return { shipment: existing, created: false };
    const destination = await this.#directory.destination(input.pincode);
    if (!destination) {
      throw new ApiError(422, 'PINCODE_NOT_SERVICEABLE', `We do not deliver to pincode ${input.pincode}`);
    }
    const now = new Date();
    for (let attempt = 0; attempt < 3; attempt++) {
      const doc: ShipmentDocument = {
        _id: newShipmentId(),
        orderId: input.orderId,
        userId: input.userId,
        pincode: input.pincode,
        zone: destination.pincode.zone,
        carrier: destination.rule.carrier,
        trackingNumber: newTrackingNumber(),
        status: 'created',
        items: input.items,
        estimatedDelivery: this.#directory.estimate(destination.rule),
        events: [event('created', originLocation, undefined, now)],
        undeliveredEventIds: [],
        createdAt: now,
        updatedAt: now,
      };
      try {
        await this.collection.insertOne(doc);
        return { shipment: doc, created: true };
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        // A concurrent create for the same order won: answer with its shipment. Otherwise the random
        // tracking number collided; try another.
        const winner = await this.findByOrder(input.orderId);
        if (winner) return { shipment: winner, created: false };
      }
    }
    throw new Error('could not allocate a unique tracking number');
  }

  /** Runs a change of one shipment with it locked (see the service kit's document-lock.ts), from a fresh read. */
  #change<T>(id: string, change: (current: ShipmentDocument) => Promise<T>): Promise<T> {
    return this.#locks.run(`shipment:${id}`, async () => {
      const current = await this.get(id);
      if (!current) throw notFound('SHIPMENT_NOT_FOUND', `No shipment ${id}`);
      return change(current);
    });
  }

  async #update(id: string, update: UpdateFilter<ShipmentDocument>): Promise<ShipmentDocument> {
    const updated = await this.collection.findOneAndUpdate({ _id: id }, update, { returnDocument: 'after' });
    if (!updated) throw notFound('SHIPMENT_NOT_FOUND', `No shipment ${id}`);
    return updated;
  }

  /** Appends a carrier event if the lifecycle allows it; it waits in undeliveredEventIds for the order feed. */
  recordEvent(id: string, request: TrackingEventRequest): Promise<ShipmentDocument> {
    return this.#change(id, async (current) => {
      if (!canMove(current.status, request.status)) {
        throw conflict('INVALID_TRANSITION', `A ${current.status} shipment cannot move to ${request.status}`);
      }
      const entry = event(request.status, request.location, request.note);
      return this.#update(id, {
        $set: { status: request.status, updatedAt: entry.at },
        $push: { events: entry, undeliveredEventIds: entry.id },
      });
    });
  }

  /** Cancels (or, once picked up, returns to origin) a shipment; cancelling a cancelled one is a no-op. */
  cancel(id: string, reason: string | undefined): Promise<ShipmentDocument> {
    return this.#change(id, async (current) => {
      if (current.status === 'cancelled') return current;
      if (current.status === 'delivered') {
        throw conflict('SHIPMENT_NOT_CANCELLABLE', 'The shipment has already been delivered');
      }
      const entry = event('cancelled', originLocation, reason);
      return this.#update(id, {
        $set: { status: 'cancelled', updatedAt: entry.at },
        $push: { events: entry },
      });
    });
  }

  /** The order service has the event. */
  async markDelivered(id: string, eventId: string): Promise<void> {
    await this.#change(id, (current) =>
      current.undeliveredEventIds.includes(eventId)
        ? this.#update(id, { $pull: { undeliveredEventIds: eventId } })
        : Promise.resolve(current),
    );
  }

  /** Shipments with events still to send to the order service, least recently changed first. */
  withUndeliveredEvents(limit: number): Promise<ShipmentDocument[]> {
    return this.collection
      .find({ 'undeliveredEventIds.0': { $exists: true } })
      .sort({ updatedAt: 1 })
      .limit(limit)
      .toArray();
  }
}

function event(
  status: ShipmentEventDocument['status'],
  location: string,
  note: string | undefined,
  at = new Date(),
): ShipmentEventDocument {
  return { id: randomUUID(), status, at, location, note: note ?? defaultNotes[status] ?? status };
}
