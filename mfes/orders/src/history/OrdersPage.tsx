/** Order history: the customer's orders, newest first, with more on request. */

import {
  EmptyState,
  ErrorAlert,
  emptyStateStyles,
  Loading,
  PageHeader,
  RowList,
  ShowMoreButton,
} from '@emporium/ui';
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
      <PageHeader title="Your orders" />
      {history.status === 'loading' && <Loading>Loading your orders…</Loading>}
      {history.status === 'error' && history.error && (
        <ErrorAlert title="We couldn’t load your orders" error={history.error} onRetry={history.reload} />
      )}
      {history.status !== 'loading' && history.status !== 'error' && history.orders.length === 0 && (
        <EmptyState
          heading="No orders yet"
          testId="no-orders"
          actions={
            <Link className={emptyStateStyles.primary} to={paths.products}>
              Start shopping
            </Link>
          }
        >
          When you place an order, you can follow it here.
        </EmptyState>
      )}
      {history.orders.length > 0 && (
        <RowList label="Orders, newest first">
          {history.orders.map((order) => (
            <OrderCard key={order.id} order={order} />
          ))}
        </RowList>
      )}
      {history.status !== 'error' && history.error && (
        <ErrorAlert title="We couldn’t load more orders" error={history.error} onRetry={history.loadMore} />
      )}
      {history.nextCursor && !history.error && (
        <ShowMoreButton loading={history.status === 'loading-more'} onClick={history.loadMore}>
          Show older orders
        </ShowMoreButton>
      )}
    </div>
  );
}
