/** Dates, statuses and categories as the support pages say them. */
import type { TicketCategory, TicketStatus } from '@emporium/api';

const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric' });
const dateTimeFormat = new Intl.DateTimeFormat('en-IN', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
});
const relative = new Intl.RelativeTimeFormat('en-IN', { numeric: 'auto' });

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;

/** "25 Nov 2025". */
export const formatDate = (iso: string) => dateFormat.format(new Date(iso));

/** "25 Nov 2025, 4:30 pm". */
export const formatDateTime = (iso: string) => dateTimeFormat.format(new Date(iso));

/** "just now", "12 minutes ago", "yesterday"; past a week, the date. */
export function formatAgo(iso: string, now = Date.now()): string {
  const elapsed = Math.max(0, now - new Date(iso).getTime());
  if (elapsed < minute) return 'just now';
  if (elapsed < hour) return relative.format(-Math.floor(elapsed / minute), 'minute');
  if (elapsed < day) return relative.format(-Math.floor(elapsed / hour), 'hour');
  if (elapsed < 7 * day) return relative.format(-Math.floor(elapsed / day), 'day');
  return formatDate(iso);
}

export const statusLabel: Record<TicketStatus, string> = {
  open: 'Open',
  awaiting_support: 'Waiting for support',
  awaiting_customer: 'Waiting for your reply',
  closed: 'Closed',
};

export const categoryLabel: Record<TicketCategory, string> = {
  order: 'An order',
  payment: 'Payment',
  delivery: 'Delivery',
  return: 'Returns and refunds',
  account: 'My account',
  other: 'Something else',
};
