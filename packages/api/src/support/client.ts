/** The support service, typed: help-center search (public) and the signed-in customer's tickets. */
import { apiPrefix } from '@emporium/registry';
import { getJson, postJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type {
  HelpArticle,
  HelpCategory,
  HelpQuery,
  NewTicket,
  Ticket,
  TicketListQuery,
  TicketPage,
} from './types.ts';

const base = apiPrefix('support');

/** Only the parameters that are set: the service rejects unknown and empty ones with a 400. */
function params(query: object): URLSearchParams {
  const searchParams = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    searchParams.set(key, String(value));
  }
  return searchParams;
}

const ticket = (ticketId: string) => `${base}/tickets/${encodeURIComponent(ticketId)}`;

export const supportApi = {
  /** Words match the beginnings of words in questions and answers; all must match. */
  async searchHelp(query: HelpQuery, options: CallOptions = {}): Promise<HelpArticle[]> {
    const q = query.q?.trim().slice(0, 100);
    const { items } = await getJson<{ items: HelpArticle[] }>(`${base}/help/search`, {
      ...options,
      searchParams: params({ ...query, q }),
    });
    return items;
  },
  async listHelpCategories(options: CallOptions = {}): Promise<HelpCategory[]> {
    const { items } = await getJson<{ items: HelpCategory[] }>(`${base}/help/categories`, options);
    return items;
  },
  /** Newest first, without their messages. */
  listTickets(query: TicketListQuery = {}, options: CallOptions = {}): Promise<TicketPage> {
    return getJson<TicketPage>(`${base}/tickets`, { ...options, searchParams: params(query) });
  },
  getTicket(ticketId: string, options: CallOptions = {}): Promise<Ticket> {
    return getJson<Ticket>(ticket(ticketId), options);
  },
  createTicket(newTicket: NewTicket, options: CallOptions = {}): Promise<Ticket> {
    return postJson<Ticket>(`${base}/tickets`, newTicket, options);
  },
  /** 409 TICKET_CLOSED on a closed ticket, TICKET_FULL at 200 messages. */
  reply(ticketId: string, body: string, options: CallOptions = {}): Promise<Ticket> {
    return postJson<Ticket>(`${ticket(ticketId)}/replies`, { body }, options);
  },
  closeTicket(ticketId: string, options: CallOptions = {}): Promise<Ticket> {
    return postJson<Ticket>(`${ticket(ticketId)}/close`, {}, options);
  },
};
