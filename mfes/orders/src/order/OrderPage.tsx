/**
 * One order: its number, date and status, where it is (tracking), what is in it, what it cost, where it
 * goes, and cancelling while that is still possible.
 */
import { formatMoney, type Order, ordersApi } from '@emporium/api';
import { BackLink, ErrorAlert, emptyStateStyles, Loading, Notice, PageHeader } from '@emporium/ui';
import { useEffect, useRef } from 'react';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../ui/format.ts';
import { StatusBadge } from '../ui/StatusBadge.tsx';
import { CancelOrder } from './CancelOrder.tsx';
import { OrderFacts } from './OrderFacts.tsx';
import { OrderLines } from './OrderLines.tsx';
import styles from './OrderPage.module.css';
import { Tracking } from './Tracking.tsx';
import { useOrder } from './use-order.ts';
import { useShipments } from './use-shipments.ts';

export function OrderPage() {
  const { orderId = '' } = useParams();
  const state = useOrder(orderId);

  useEffect(() => {
    window.scrollTo(0, 0);
  }, [orderId]);

  if (state.status === 'loading') {
    return <Loading>Loading your order…</Loading>;
  }
  if (state.status === 'error') {
    if (state.error.status === 404 || state.error.status === 400) return <OrderNotFound />;
    return <ErrorAlert title="We couldn’t load this order" error={state.error} onRetry={state.reload} />;
  }
  return (
    <OrderView
      order={state.order}
      onChange={state.replace}
      // A quiet re-read: the page stays as it is until the fresh order arrives.
      onStale={() => void ordersApi.getOrder(orderId).then(state.replace, () => undefined)}
    />
  );
}

function OrderView({
  order,
  onChange,
  onStale,
}: {
  order: Order;
  onChange: (order: Order) => void;
  onStale: () => void;
}) {
  const shipments = useShipments(order.id, order.status);
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <article className={styles.page}>
      <title>{`Order ${order.number} · Emporium`}</title>
      <BackLink to="..">Your orders</BackLink>
      <PageHeader
        title={`Order ${order.number}`}
        titleTestId="order-number"
        headingRef={heading}
        details={
          <p className={styles.meta}>
            Placed {formatDateTime(order.createdAt)} · {formatMoney(order.totals.total)}
          </p>
        }
        actions={
          <>
            <StatusBadge status={order.status} />
            <CancelOrder order={order} onCancelled={onChange} onStale={onStale} focusAfter={heading} />
          </>
        }
      />
      {order.cancellation && (
        <p className={styles.cancelledNote} role="status">
          Cancelled {formatDateTime(order.cancellation.at)}
          {order.cancellation.reason ? ` · ${order.cancellation.reason}` : ''}
        </p>
      )}
      <div className={styles.layout}>
        <div className={styles.main}>
          <Tracking order={order} shipments={shipments} />
          <OrderLines order={order} />
        </div>
        <OrderFacts order={order} />
      </div>
    </article>
  );
}

function OrderNotFound() {
  return (
    <Notice
      title="Order not found"
      heading="We couldn’t find that order"
      framed={false}
      actions={
        <Link className={emptyStateStyles.link} to="..">
          See your orders
        </Link>
      }
    >
      It may belong to another account, or the link may be mistyped.
    </Notice>
  );
}
