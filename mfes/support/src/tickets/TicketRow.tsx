/** One ticket in the list: subject (the link), number, topic, status and when it last changed. */
import type { TicketSummary } from '@emporium/api';
import { ListRow, ListRowLink } from '@emporium/ui';
import { paths } from '../paths.ts';
import { categoryLabel, formatAgo, formatDateTime } from '../ui/format.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import styles from './Tickets.module.css';

export function TicketRow({ ticket }: { ticket: TicketSummary }) {
  const replies = ticket.messageCount - 1;
  return (
    <ListRow className={styles.card} testId="ticket-row">
      <div className={styles.cardHead}>
        <h2 className={styles.subject}>
          <ListRowLink to={paths.ticket(ticket.id)}>{ticket.subject}</ListRowLink>
        </h2>
        <StatusBadge status={ticket.status} />
      </div>
      <p className={styles.meta}>
        <span>{ticket.number}</span>
        <span>{categoryLabel[ticket.category]}</span>
        <span>{replies === 0 ? 'No replies yet' : replies === 1 ? '1 reply' : `${replies} replies`}</span>
        <span>
          Updated{' '}
          <time dateTime={ticket.updatedAt} title={formatDateTime(ticket.updatedAt)}>
            {formatAgo(ticket.updatedAt)}
          </time>
        </span>
      </p>
    </ListRow>
  );
}
