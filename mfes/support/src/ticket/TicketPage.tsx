/**
 * One ticket (/support/tickets/:ticketId): subject, number, status, topic and order, the conversation,
 * a reply box while it is open, and closing it.
 */
import type { Ticket } from '@emporium/api';
import { BackLink, ErrorAlert, emptyStateStyles, Loading, Notice, PageHeader } from '@emporium/ui';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../paths.ts';
import { categoryLabel, formatDate, formatDateTime } from '../ui/format.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { CloseTicket } from './CloseTicket.tsx';
import { Conversation } from './Conversation.tsx';
import { ReplyForm } from './ReplyForm.tsx';
import styles from './TicketPage.module.css';
import { useTicket } from './use-ticket.ts';

export function TicketPage() {
  const { ticketId = '' } = useParams();
  const state = useTicket(ticketId);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [ticketId]);

  if (state.status === 'loading') {
    return <Loading>Loading your ticket…</Loading>;
  }
  if (state.status === 'error') {
    if (state.error.status === 404 || state.error.status === 400) return <TicketNotFound />;
    return <ErrorAlert title="We couldn’t load this ticket" error={state.error} onRetry={state.reload} />;
  }
  return <TicketView ticket={state.ticket} onChange={state.replace} />;
}

function TicketView({ ticket, onChange }: { ticket: Ticket; onChange: (ticket: Ticket) => void }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const closed = ticket.status === 'closed';
  return (
    <article className={styles.page} aria-labelledby="ticket-subject">
      <title>{`${ticket.subject} · ${ticket.number} · Emporium`}</title>
      <BackLink to={paths.tickets}>Your support tickets</BackLink>
      <PageHeader
        title={ticket.subject}
        titleId="ticket-subject"
        headingRef={heading}
        details={
          <p className={styles.meta}>
            <span data-testid="ticket-number">{ticket.number}</span>
            <span>{categoryLabel[ticket.category]}</span>
            <span>Opened {formatDateTime(ticket.createdAt)}</span>
            {ticket.orderId && (
              <span>
                About <Link to={paths.order(ticket.orderId)}>your order</Link>
              </span>
            )}
          </p>
        }
        actions={
          <>
            <StatusBadge status={ticket.status} />
            <CloseTicket ticket={ticket} onClosed={onChange} focusAfter={heading} />
          </>
        }
      />
      <Conversation ticket={ticket} />
      {closed ? (
        <p className={styles.closedNote} data-testid="ticket-closed">
          This ticket was closed{ticket.closedAt ? ` on ${formatDate(ticket.closedAt)}` : ''}, so it takes no
          more replies. Need more help?{' '}
          <Link to={paths.newTicket(ticket.orderId ? { orderId: ticket.orderId } : {})}>
            Open a new ticket
          </Link>
        </p>
      ) : (
        <ReplyForm ticket={ticket} onReplied={onChange} />
      )}
    </article>
  );
}

function TicketNotFound() {
  return (
    <Notice
      title="Ticket not found"
      heading="We couldn’t find this ticket"
      testId="ticket-not-found"
      actions={
        <Link className={emptyStateStyles.primary} to={paths.tickets}>
          Your support tickets
        </Link>
      }
    >
      It may belong to another account, or the link is incomplete.
    </Notice>
  );
}
