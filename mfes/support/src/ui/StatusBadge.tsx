import type { TicketStatus } from '@emporium/api';
import { StatusBadge as Badge, type StatusTone } from '@emporium/ui';
import { statusLabel } from './format.ts';

/** The one that asks something of the shopper stands out. */
const tone: Record<TicketStatus, StatusTone> = {
  open: 'brand',
  awaiting_support: 'brand',
  awaiting_customer: 'warning',
  closed: 'muted',
};

/** The ticket's status as a coloured pill. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return <Badge tone={tone[status]} label={statusLabel[status]} testId="ticket-status" />;
}
