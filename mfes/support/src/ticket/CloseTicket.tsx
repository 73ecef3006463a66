/**
 * Closing a ticket the customer no longer needs, behind a confirmation (a modal dialog: focus moves in,
 * Escape or "Keep it open" closes it), since a closed ticket takes no more replies.
 */
import { supportApi, type Ticket } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { ConfirmDialog } from '@emporium/ui';
import type { RefObject } from 'react';
import styles from './TicketPage.module.css';

interface Props {
  ticket: Ticket;
  onClosed: (ticket: Ticket) => void;
  /** Where focus goes once the ticket is closed, since the close button goes with it. */
  focusAfter: RefObject<HTMLElement | null>;
}

export function CloseTicket({ ticket, onClosed, focusAfter }: Props) {
  if (ticket.status === 'closed') return null;
  return (
    <ConfirmDialog
      opener={{ label: 'Close ticket', className: styles.close, testId: 'close-ticket' }}
      title={`Close ticket ${ticket.number}?`}
      description="Close it if your question is answered. A closed ticket takes no more replies; you can always open a new one."
      keepLabel="Keep it open"
      confirmLabel="Close ticket"
      busyLabel="Closing…"
      tone="brand"
      onConfirm={() => supportApi.closeTicket(ticket.id)}
      onConfirmed={(closed) => {
        shopStore.getState().pushToast({ kind: 'success', message: `Ticket ${ticket.number} is closed.` });
        onClosed(closed);
      }}
      focusAfterConfirm={focusAfter}
      confirmTestId="confirm-close"
    />
  );
}
