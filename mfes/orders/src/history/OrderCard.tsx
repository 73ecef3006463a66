/** One order in the history: number, date, status, what is in it, the total, and a link to it. */
import { formatMoney, type OrderSummary } from '@emporium/api';
import { ListRow, ListRowLink, Thumbnail } from '@emporium/ui';
import { formatDate } from '../ui/format.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import styles from './OrdersPage.module.css';

const shown = 3;

export function OrderCard({ order }: { order: OrderSummary }) {
  const names = order.lines.map((line) => line.name);
  const more = names.length - 1;
  return (
    <ListRow className={styles.card} testId="order-card">
      <div className={styles.cardHead}>
        <div>
          <h2 className={styles.number}>
            <ListRowLink to={encodeURIComponent(order.id)}>Order {order.number}</ListRowLink>
          </h2>
          <p className={styles.meta}>
            Placed {formatDate(order.createdAt)} ·{' '}
            {order.itemCount === 1 ? '1 item' : `${order.itemCount} items`}
          </p>
        </div>
        <StatusBadge status={order.status} />
      </div>
      <div className={styles.cardBody}>
        <ul className={styles.thumbs} aria-hidden="true">
          {order.lines.slice(0, shown).map((line) => (
            <li key={line.productId}>
              <Thumbnail productId={line.productId} image={line.image} name={line.name} />
            </li>
          ))}
        </ul>
        <p className={styles.names}>
          {names[0]}
          {more > 0 && <span className={styles.more}> and {more === 1 ? '1 more' : `${more} more`}</span>}
        </p>
        <p className={styles.total}>
          <span className="visually-hidden">Total </span>
          {formatMoney(order.total)}
        </p>
      </div>
    </ListRow>
  );
}
