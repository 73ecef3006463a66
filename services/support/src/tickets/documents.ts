/** How tickets are stored, and how a stored ticket becomes an API response. */
import type { ObjectId } from 'mongodb';
import type { TicketBody, TicketCategory, TicketStatus, TicketSummaryBody } from '../schemas.ts';

export interface MessageDocument {
  id: string;
  author: { id: string; type: 'customer' | 'admin'; name: string };
  body: string;
  at: Date;
}

export interface TicketDocument {
  /** Time-ordered, so newest-first pages are keyset pages on _id alone. */
  _id: ObjectId;
  number: string;
  userId: string;
  customerName: string;
  subject: string;
  category: TicketCategory;
  orderId: string | null;
  status: TicketStatus;
  messages: MessageDocument[];
  /** Kept next to messages so "still room for one more" is a plain condition of the update. */
  messageCount: number;
  createdAt: Date;
  updatedAt: Date;
  closedAt: Date | null;
}

export function toSummary(doc: TicketDocument): TicketSummaryBody {
  return {
    id: doc._id.toHexString(),
    number: doc.number,
    userId: doc.userId,
    customerName: doc.customerName,
    subject: doc.subject,
    category: doc.category,
    orderId: doc.orderId,
    status: doc.status,
    messageCount: doc.messageCount,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
    closedAt: doc.closedAt?.toISOString() ?? null,
  };
}

export function toTicket(doc: TicketDocument): TicketBody {
  return {
    ...toSummary(doc),
    messages: doc.messages.map((m) => ({ ...m, at: m.at.toISOString() })),
  };
}

/** Lists leave the conversation out. */
export const summaryProjection = { messages: 0 } as const;
