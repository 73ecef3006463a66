/** Where things are, so links never spell paths by hand. */
import { mfe } from '@emporium/registry';
import { loginPath } from '@emporium/ui';

const supportRoute = mfe('support').route;

export const paths = {
  help: supportRoute,
  tickets: `${supportRoute}/tickets`,
  /** The new-ticket form, optionally about an order or starting from a help search. */
  newTicket: (prefill: { orderId?: string; subject?: string } = {}) => {
    const query = new URLSearchParams(Object.entries(prefill).filter(([, value]) => value));
    return `${supportRoute}/tickets/new${query.size ? `?${query}` : ''}`;
  },
  ticket: (ticketId: string) => `${supportRoute}/tickets/${encodeURIComponent(ticketId)}`,
  order: (orderId: string) => `${mfe('orders').route}/${encodeURIComponent(orderId)}`,
  login: loginPath,
};
