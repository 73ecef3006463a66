/**
 * The tickets repository. Every change to a ticket is one conditional update of its document (the reply is
 * pushed only if the ticket is not closed, belongs to the caller and has room), so two replies or a reply
 * and a close racing each other can never leave it inconsistent; a failed condition is then explained by
 * reading the ticket once. Changes of one ticket also run under its lock (the service kit's
 * document-lock.ts), because FerretDB does not isolate concurrent updates, also across instances.
 */
import { randomBytes } from 'node:crypto';
import {
  ApiError,
  type AuthUser,
  conflict,
  DocumentLocks,
  isDuplicateKey,
  notFound,
} from '@emporium/service-kit';
import { type Collection, type Db, type Filter, ObjectId } from 'mongodb';
import {
  type CreateTicketBody,
  maxMessages,
  type TicketBody,
  type TicketListQuery,
  type TicketSummaryBody,
} from '../schemas.ts';
import {
  type MessageDocument,
  summaryProjection,
  type TicketDocument,
  toSummary,
  toTicket,
} from './documents.ts';
import { newTicketNumber } from './numbers.ts';

const numberAttempts = 5;

export interface TicketPage {
  items: TicketSummaryBody[];
  nextCursor: string | null;
}

/** Who acts on a ticket: its customer, or any admin. */
export type Actor = AuthUser & { type: 'customer' | 'admin' };

export const ticketNotFound = (id: string) => notFound('TICKET_NOT_FOUND', `No ticket "${id}"`);

function message(actor: Actor, body: string, at: Date): MessageDocument {
  return {
    id: randomBytes(8).toString('hex'),
    author: {
      id: actor.id,
      type: actor.type,
      name: actor.name || (actor.type === 'admin' ? 'Support' : 'Customer'),
    },
    body,
    at,
  };
}

/** The filter for one ticket as the actor may see it: customers only their own (others look absent). */
function visible(id: string, actor: Actor): Filter<TicketDocument> {
  const _id = new ObjectId(id);
  return actor.type === 'admin' ? { _id } : { _id, userId: actor.id };
}

export class Tickets {
  readonly tickets: Collection<TicketDocument>;
  readonly #locks: DocumentLocks;

  constructor(db: Db) {
    this.tickets = db.collection<TicketDocument>('tickets');
    this.#locks = new DocumentLocks(db);
  }

  async open(customer: Actor, input: CreateTicketBody, now = new Date()): Promise<TicketBody> {
    for (let attempt = 1; ; attempt++) {
      const doc: TicketDocument = {
        _id: new ObjectId(),
        number: newTicketNumber(),
        userId: customer.id,
        customerName: customer.name || 'Customer',
        subject: input.subject,
        category: input.category,
        orderId: input.orderId ?? null,
        status: 'open',
        messages: [message(customer, input.message, now)],
        messageCount: 1,
        createdAt: now,
        updatedAt: now,
        closedAt: null,
      };
      try {
        await this.tickets.insertOne(doc);
        return toTicket(doc);
      } catch (err) {
        // A number already taken (one in a billion per ticket): draw another.
        if (isDuplicateKey(err) && attempt < numberAttempts) continue;
        throw err;
      }
    }
  }

  /** Newest first; `userId` limits to one customer's tickets. */
  async list(query: TicketListQuery & { userId?: string }): Promise<TicketPage> {
    const limit = query.limit ?? 20;
    const filter: Filter<TicketDocument> = {};
    if (query.userId !== undefined) filter.userId = query.userId;
    if (query.status !== undefined) filter.status = query.status;
    if (query.cursor !== undefined) filter._id = { $lt: new ObjectId(query.cursor) };
    const docs = await this.tickets
      .find(filter, { projection: summaryProjection })
      .sort({ _id: -1 })
      .limit(limit + 1)
      .toArray();
    const page = docs.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toSummary),
      nextCursor: docs.length > limit && last ? last._id.toHexString() : null,
    };
  }

  async get(id: string, actor: Actor): Promise<TicketBody | undefined> {
    const doc = await this.tickets.findOne(visible(id, actor));
    return doc ? toTicket(doc) : undefined;
  }

  /**
   * Adds a message. A customer's reply waits for support, an admin's for the customer.
   * 404 when the actor may not see the ticket, 409 when it is closed or full.
   */
  reply(id: string, actor: Actor, body: string): Promise<TicketBody> {
    return this.#locks.run(`ticket:${id}`, () => this.#reply(id, actor, body, new Date()));
  }

  async #reply(id: string, actor: Actor, body: string, now: Date): Promise<TicketBody> {
    const updated = await this.tickets.findOneAndUpdate(
      { ...visible(id, actor), status: { $ne: 'closed' }, messageCount: { $lt: maxMessages } },
      {
        $push: { messages: message(actor, body, now) },
        $inc: { messageCount: 1 },
        $set: { status: actor.type === 'admin' ? 'awaiting_customer' : 'awaiting_support', updatedAt: now },
      },
      { returnDocument: 'after' },
    );
    if (updated) return toTicket(updated);
    const current = await this.tickets.findOne(visible(id, actor), { projection: summaryProjection });
    if (!current) throw ticketNotFound(id);
    if (current.status === 'closed') {
      throw conflict('TICKET_CLOSED', `Ticket ${current.number} is closed; open a new ticket to continue`);
    }
    throw new ApiError(
      409,
      'TICKET_FULL',
      `Ticket ${current.number} has reached ${maxMessages} messages; open a new ticket to continue`,
    );
  }

  /** Closes the ticket. Closing a closed ticket changes nothing (`changed: false`). */
  close(id: string, actor: Actor): Promise<{ ticket: TicketBody; changed: boolean }> {
    return this.#locks.run(`ticket:${id}`, () => this.#close(id, actor, new Date()));
  }

  async #close(id: string, actor: Actor, now: Date): Promise<{ ticket: TicketBody; changed: boolean }> {
    const updated = await this.tickets.findOneAndUpdate(
      { ...visible(id, actor), status: { $ne: 'closed' } },
      { $set: { status: 'closed', closedAt: now, updatedAt: now } },
      { returnDocument: 'after' },
    );
    if (updated) return { ticket: toTicket(updated), changed: true };
    const current = await this.tickets.findOne(visible(id, actor));
    if (!current) throw ticketNotFound(id);
    return { ticket: toTicket(current), changed: false };
  }
}
