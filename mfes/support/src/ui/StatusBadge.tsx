import type { TicketStatus } from '@emporium/api';
import { statusLabel } from './format.ts';
import styles from './StatusBadge.module.css';

/** The ticket's status as a coloured pill; the colour only repeats what the words say. */
export function StatusBadge({ status }: { status: TicketStatus }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} data-testid="ticket-status">
      {statusLabel[status]}
    </span>
  );
}
