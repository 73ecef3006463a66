import type { OrderStatus } from '@emporium/api';
import { orderStatusLabel } from './format.ts';
import styles from './StatusBadge.module.css';

/** The order's status as a coloured pill; the colour only repeats what the word says. */
export function StatusBadge({ status }: { status: OrderStatus }) {
  return (
    <span className={`${styles.badge} ${styles[status]}`} data-testid="order-status">
      {orderStatusLabel[status]}
    </span>
  );
}
