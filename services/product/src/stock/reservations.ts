/**
 * Stock reservations: checkout takes stock for every line of a cart at once, and gives it back when a
 * later step fails or the order is cancelled. There are no multi-document transactions, so:
 *  - everything about one reservation id happens under that id's lock, which makes a repeated or
 *    concurrent call with the same id harmless (it waits, then answers the finished reservation);
 *  - each line is one check-and-decrement under the product's lock (`stock >= quantity`, then
 *    `$inc: -quantity`), so stock never goes negative however many checkouts race for the last units;
 *  - when a line fails, the lines already taken are given back (compensation) and the reservation is
 *    marked failed.
 * Releasing marks the reservation released before giving the stock back, so it is given back once.
 * The locks are needed because FerretDB does not isolate concurrent updates (see the service kit's document-lock.ts).
 */

import type { DocumentLocks } from '@emporium/service-kit';
import { ApiError, badRequest, conflict, notFound } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import type { ProductDocument } from '../catalog/documents.ts';
import type {
  ReservationBody,
  ReservationRequest,
  ReservationStatus,
  ReservedLineBody,
} from '../internal-schemas.ts';

interface RequestedLine {
  productId: string;
  quantity: number;
}

export interface ReservationDocument {
  _id: string;
  status: ReservationStatus;
  /** What was asked for; after a successful reservation, with the price and name at that moment. */
  lines: (RequestedLine | ReservedLineBody)[];
  /** The service that made the reservation. */
  caller: string;
  createdAt: Date;
  updatedAt: Date;
}

/** Only reserved and released reservations hold priced lines; a failed one holds nothing. */
function toBody(doc: ReservationDocument): ReservationBody {
  const priced = doc.status === 'reserved' || doc.status === 'released';
  return {
    reservationId: doc._id,
    status: doc.status,
    lines: priced ? (doc.lines as ReservedLineBody[]) : [],
  };
}

function sameLines(a: readonly RequestedLine[], b: readonly RequestedLine[]): boolean {
  const key = (lines: readonly RequestedLine[]) =>
    lines
      .map((l) => `${l.productId}×${l.quantity}`)
      .sort()
      .join(',');
  return key(a) === key(b);
}

export class Reservations {
  readonly #reservations: Collection<ReservationDocument>;
  readonly #products: Collection<ProductDocument>;
  readonly #locks: DocumentLocks;

  constructor(db: Db, locks: DocumentLocks) {
    this.#reservations = db.collection<ReservationDocument>('reservations');
    this.#products = db.collection<ProductDocument>('products');
    this.#locks = locks;
  }

  /** Reserves every line or none. Returns the reservation and whether this call made it. */
  async reserve(
    request: ReservationRequest,
    caller: string,
  ): Promise<{ reservation: ReservationBody; created: boolean }> {
    const id = request.reservationId;
    const lines = request.lines.map((l) => ({ productId: l.productId, quantity: l.quantity }));
    const seen = new Set<string>();
    for (const [i, line] of lines.entries()) {
      if (seen.has(line.productId)) {
        throw badRequest('DUPLICATE_PRODUCT', `Product "${line.productId}" appears on more than one line`, [
          { in: 'body', path: `/lines/${i}/productId`, message: 'appears on an earlier line' },
        ]);
      }
      seen.add(line.productId);
    }

    return this.#locks.run(`reservation:${id}`, async () => {
      const existing = await this.#reservations.findOne({ _id: id });
      if (existing?.status === 'reserved') {
        if (!sameLines(existing.lines, lines)) {
          throw conflict('RESERVATION_MISMATCH', `Reservation "${id}" exists with different lines`);
        }
        return { reservation: toBody(existing), created: false };
      }
      if (existing?.status === 'reserving') {
        // Only a crashed attempt leaves this behind: which of its lines took stock is unknown.
        throw conflict('RESERVATION_IN_PROGRESS', `Reservation "${id}" is still being made`);
      }
      // New, or failed / released before (the caller retries a checkout): this attempt takes the id.
      const now = new Date();
      await this.#reservations.replaceOne(
        { _id: id },
        { status: 'reserving', lines, caller, createdAt: existing?.createdAt ?? now, updatedAt: now },
        { upsert: true },
      );

      const taken: ReservedLineBody[] = [];
      let short = false;
      try {
        for (const line of lines) {
          const reserved = await this.#take(line);
          if (!reserved) {
            short = true;
            break;
          }
          taken.push(reserved);
        }
      } catch (err) {
        // The database failed part-way: give back what was taken (best effort) before reporting it.
        await this.#undo(id, taken).catch(() => {});
        throw err;
      }
      if (short) {
        await this.#undo(id, taken);
        throw await this.#outOfStock(lines);
      }

      await this.#reservations.updateOne(
        { _id: id },
        { $set: { status: 'reserved', lines: taken, updatedAt: new Date() } },
      );
      return { reservation: { reservationId: id, status: 'reserved' as const, lines: taken }, created: true };
    });
  }

  /**
   * Takes the line's quantity from an active product that has enough, and describes the line with the
   * product's price, name and first image at this moment; undefined when the product cannot serve it.
   */
  async #take(line: RequestedLine): Promise<ReservedLineBody | undefined> {
    return this.#locks.run(`product:${line.productId}`, async () => {
      // Reads and writes by _id alone: FerretDB finds those directly, other filters scan the collection.
      const doc = await this.#products.findOne(
        { _id: line.productId },
        { projection: { stock: 1, status: 1, name: 1, price: 1, currency: 1, images: 1 } },
      );
      if (doc?.status !== 'active' || doc.stock < line.quantity) return undefined;
      // The update repeats the check, so it stays safe on MongoDB even if the lock were lost.
      const taken = await this.#products.updateOne(
        { _id: line.productId, status: 'active', stock: { $gte: line.quantity } },
        { $inc: { stock: -line.quantity } },
      );
      if (taken.modifiedCount !== 1) return undefined;
      return {
        productId: line.productId,
        quantity: line.quantity,
        unitPrice: { amount: doc.price, currency: doc.currency },
        name: doc.name,
        image: doc.images[0] ?? null,
      };
    });
  }

  async #giveBack(lines: readonly RequestedLine[]): Promise<void> {
    for (const line of lines) {
      await this.#locks.run(`product:${line.productId}`, () =>
        this.#products.updateOne({ _id: line.productId }, { $inc: { stock: line.quantity } }),
      );
    }
  }

  /** Compensation for a reservation that could not be completed: stock back, then marked failed. */
  async #undo(id: string, taken: readonly ReservedLineBody[]): Promise<void> {
    await this.#giveBack(taken);
    await this.#reservations.updateOne({ _id: id }, { $set: { status: 'failed', updatedAt: new Date() } });
  }

  /** The 409 naming every line that cannot be served now, with the stock that is available. */
  async #outOfStock(lines: readonly RequestedLine[]): Promise<ApiError> {
    const docs = await Promise.all(
      lines.map((l) => this.#products.findOne({ _id: l.productId }, { projection: { stock: 1, status: 1 } })),
    );
    const short: string[] = [];
    const details = lines.flatMap((line, i) => {
      const doc = docs[i];
      const available = doc && doc.status === 'active' ? doc.stock : 0;
      if (available >= line.quantity) return [];
      short.push(line.productId);
      const why = !doc ? 'does not exist' : doc.status !== 'active' ? 'is no longer sold' : 'is short';
      return [
        {
          in: 'body',
          path: `/lines/${i}/quantity`,
          message: `${line.productId} ${why}: ${available} available, ${line.quantity} requested`,
        },
      ];
    });
    // Between the failed update and this read another checkout may have given stock back; the answer is
    // still "try again", without naming a line.
    const what = short.length > 0 ? short.join(', ') : 'one of the products (stock just changed)';
    return new ApiError(409, 'OUT_OF_STOCK', `Not enough stock for ${what}`, {
      ...(details.length > 0 && { details }),
    });
  }

  /** Gives the reserved stock back once; repeating it answers the same released reservation. */
  async release(id: string): Promise<ReservationBody> {
    return this.#locks.run(`reservation:${id}`, async () => {
      const current = await this.#reservations.findOne({ _id: id });
      if (!current) throw notFound('RESERVATION_NOT_FOUND', `No reservation "${id}"`);
      if (current.status === 'reserving') {
        throw conflict('RESERVATION_IN_PROGRESS', `Reservation "${id}" is still being made`);
      }
      // Released already (a retried release), or failed (it holds no stock): nothing to give back.
      if (current.status !== 'reserved') return toBody(current);
      // Marked first: should giving back fail part-way, stock is lost rather than given back twice.
      await this.#reservations.updateOne(
        { _id: id },
        { $set: { status: 'released', updatedAt: new Date() } },
      );
      await this.#giveBack(current.lines);
      return toBody({ ...current, status: 'released' });
    });
  }
}
