/** The customer's support tickets, newest first, with a way to open a new one. */
import { ErrorAlert } from '@emporium/ui';
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
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to={paths.help}>Help center</Link>
      </nav>
      <header className={styles.header}>
        <h1 className={styles.title}>Your support tickets</h1>
        <Link className={`button-primary ${styles.newTicket}`} to={paths.newTicket()}>
          New ticket
        </Link>
      </header>
      {list.status === 'loading' && (
        <p className={styles.loading} role="status">
          Loading your tickets…
        </p>
      )}
      {list.status === 'error' && list.error && (
        <ErrorAlert title="We couldn’t load your tickets" error={list.error} onRetry={list.reload} />
      )}
      {list.status !== 'loading' && list.status !== 'error' && list.tickets.length === 0 && (
        <section className={styles.empty} data-testid="no-tickets">
          <h2>No tickets yet</h2>
          <p>Questions about an order, a delivery or a refund? The help center may already answer them.</p>
          <div className={styles.emptyActions}>
            <Link className={`button-primary ${styles.cta}`} to={paths.newTicket()}>
              Contact support
            </Link>
            <Link className={styles.secondary} to={paths.help}>
              Search the help center
            </Link>
          </div>
        </section>
      )}
      {list.tickets.length > 0 && (
        <ul className={styles.list} aria-label="Tickets, newest first">
          {list.tickets.map((ticket) => (
            <TicketRow key={ticket.id} ticket={ticket} />
          ))}
        </ul>
      )}
      {list.status !== 'error' && list.error && (
        <ErrorAlert title="We couldn’t load more tickets" error={list.error} onRetry={list.loadMore} />
      )}
      {list.nextCursor && !list.error && (
        <button
          type="button"
          className={styles.older}
          onClick={list.loadMore}
          disabled={list.status === 'loading-more'}
        >
          {list.status === 'loading-more' ? 'Loading…' : 'Show older tickets'}
        </button>
      )}
    </div>
  );
}
