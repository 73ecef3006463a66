/** Order history: the customer's orders, newest first, with more on request. */

import { ErrorAlert } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { OrderCard } from './OrderCard.tsx';
import styles from './OrdersPage.module.css';
import { useOrderHistory } from './use-order-history.ts';

export function OrdersPage() {
  const history = useOrderHistory();
  return (
    <div className={styles.page}>
      <title>Your orders · Emporium</title>
      <h1 className={styles.title}>Your orders</h1>
      {history.status === 'loading' && (
        <p className={styles.loading} role="status">
          Loading your orders…
        </p>
      )}
      {history.status === 'error' && history.error && (
        <ErrorAlert title="We couldn’t load your orders" error={history.error} onRetry={history.reload} />
      )}
      {history.status !== 'loading' && history.status !== 'error' && history.orders.length === 0 && (
        <section className={styles.empty} data-testid="no-orders">
          <h2>No orders yet</h2>
          <p>When you place an order, you can follow it here.</p>
          <Link className={`button-primary ${styles.cta}`} to={paths.products}>
            Start shopping
          </Link>
        </section>
      )}
      {history.orders.length > 0 && (
        <ul className={styles.list} aria-label="Orders, newest first">
          {history.orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </ul>
      )}
      {history.status !== 'error' && history.error && (
        <ErrorAlert title="We couldn’t load more orders" error={history.error} onRetry={history.loadMore} />
      )}
      {history.nextCursor && !history.error && (
        <button
          type="button"
          className={styles.older}
          onClick={history.loadMore}
          disabled={history.status === 'loading-more'}
        >
          {history.status === 'loading-more' ? 'Loading…' : 'Show older orders'}
        </button>
      )}
    </div>
  );
}
