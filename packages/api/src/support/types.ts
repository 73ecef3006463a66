/** The support service's API shapes (services/support/src/schemas.ts), as the browser receives them. */

export const ticketCategories = ['order', 'payment', 'delivery', 'return', 'account', 'other'] as const;
export type TicketCategory = (typeof ticketCategories)[number];

/** open: new; awaiting_customer: support replied; awaiting_support: the customer replied. */
export type TicketStatus = 'open' | 'awaiting_customer' | 'awaiting_support' | 'closed';

export interface TicketMessage {
  id: string;
  author: { id: string; type: 'customer' | 'admin'; name: string };
  body: string;
  at: string;
}

export interface TicketSummary {
  id: string;
  /** What the customer quotes, for example SUP-7KQ2MX. */
  number: string;
  customerName: string;
  subject: string;
  category: TicketCategory;
  orderId: string | null;
  status: TicketStatus;
  messageCount: number;
  createdAt: string;
  updatedAt: string;
  closedAt: string | null;
}

export interface Ticket extends TicketSummary {
  /** Oldest first. */
  messages: TicketMessage[];
}

export interface TicketPage {
  items: TicketSummary[];
  nextCursor: string | null;
}

export interface TicketListQuery {
  status?: TicketStatus;
  /** 1 to 50; the service's default is 20. */
  limit?: number;
  cursor?: string;
}

export interface NewTicket {
  /** 3 to 140 characters. */
  subject: string;
  category: TicketCategory;
  /** The order it is about. */
  orderId?: string;
  /** 1 to 5,000 characters. */
  message: string;
}

export interface HelpArticle {
  id: string;
  category: string;
  question: string;
  answer: string;
}

export interface HelpCategory {
  slug: string;
  name: string;
  count: number;
}

export interface HelpQuery {
  /** Words to look for (1 to 100 characters); without it, the category's answers. */
  q?: string;
  category?: string;
  limit?: number;
}
