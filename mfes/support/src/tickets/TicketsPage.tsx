/** The customer's support tickets, newest first, with a way to open a new one. */
import {
  BackLink,
  EmptyState,
  ErrorAlert,
  emptyStateStyles,
  Loading,
  RowList,
  ShowMoreButton,
} from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { TicketRow } from './TicketRow.tsx';
import styles from './Tickets.module.css';
import { useTickets } from './use-tickets.ts';

export function TicketsPage() {
  const list = useTickets();
  return (
    <div className={styles.page}>
      <title>Your support tickets · Emporium</title>
      <BackLink to={paths.help}>Help center</BackLink>
      <header className={styles.header}>
        <h1 className={styles.title}>Your support tickets</h1>
        <Link className={`button-primary ${styles.newTicket}`} to={paths.newTicket()}>
          New ticket
        </Link>
      </header>
      {list.status === 'loading' && <Loading>Loading your tickets…</Loading>}
      {list.status === 'error' && list.error && (
        <ErrorAlert title="We couldn’t load your tickets" error={list.error} onRetry={list.reload} />
      )}
      {list.status !== 'loading' && list.status !== 'error' && list.tickets.length === 0 && (
        <EmptyState
          heading="No tickets yet"
          testId="no-tickets"
          actions={
            // Side by side, not stacked: the help center is as good a way forward as a ticket.
            <div className={styles.emptyActions}>
              <Link className={`button-primary ${styles.cta}`} to={paths.newTicket()}>
                Contact support
              </Link>
              <Link className={emptyStateStyles.link} to={paths.help}>
                Search the help center
              </Link>
            </div>
          }
        >
          Questions about an order, a delivery or a refund? The help center may already answer them.
        </EmptyState>
      )}
      {list.tickets.length > 0 && (
        <RowList label="Tickets, newest first">
          {list.tickets.map((ticket) => (
            <TicketRow key={ticket.id} ticket={ticket} />
          ))}
        </RowList>
      )}
      {list.status !== 'error' && list.error && (
        <ErrorAlert title="We couldn’t load more tickets" error={list.error} onRetry={list.loadMore} />
      )}
      {list.nextCursor && !list.error && (
        <ShowMoreButton loading={list.status === 'loading-more'} onClick={list.loadMore}>
          Show older tickets
        </ShowMoreButton>
      )}
    </div>
  );
}
