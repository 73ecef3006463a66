/**
 * The order's money and logistics facts: the bill, the delivery address and how it is paid, and where to
 * get help with it (a support ticket that already names the order).
 */
import { formatMoney, type Order } from '@emporium/api';
import { PriceBreakdown, PriceRow } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './OrderPage.module.css';

export function OrderFacts({ order }: { order: Order }) {
  const { totals, shippingAddress: address } = order;
  return (
    <aside className={styles.facts} aria-label="Order details">
      <section className={styles.card} aria-labelledby="bill-heading">
        <h2 id="bill-heading" className={styles.cardTitle}>
          Payment summary
        </h2>
        <PriceBreakdown>
          <PriceRow label="Subtotal">{formatMoney(totals.subtotal)}</PriceRow>
          {totals.discount.amount > 0 && (
            <PriceRow label={`Coupon${order.coupon ? ` ${order.coupon.code}` : ''}`} tone="saving">
              −{formatMoney(totals.discount)}
            </PriceRow>
          )}
          <PriceRow label="Delivery">
            {totals.shipping.amount === 0 ? 'Free' : formatMoney(totals.shipping)}
          </PriceRow>
          <PriceRow label="Total" tone="grand" testId="order-total">
            {formatMoney(totals.total)}
          </PriceRow>
        </PriceBreakdown>
        <p className={styles.payment}>
          {order.status === 'cancelled'
            ? 'Cash on delivery · nothing to pay'
            : order.status === 'delivered'
              ? 'Paid in cash on delivery'
              : 'Cash on delivery · pay when it arrives'}
        </p>
      </section>
      <section className={styles.card} aria-labelledby="address-heading">
        <h2 id="address-heading" className={styles.cardTitle}>
          Delivery address
        </h2>
        <address className={styles.address}>
          <strong>{address.name}</strong>
          <span>{address.line1}</span>
          {address.line2 && <span>{address.line2}</span>}
          {address.landmark && <span>Near {address.landmark}</span>}
          <span>
            {address.city}, {address.state} {address.pincode}
          </span>
          <span>Mobile {address.phone}</span>
        </address>
      </section>
      <section className={styles.card} aria-labelledby="help-heading">
        <h2 id="help-heading" className={styles.cardTitle}>
          Need help?
        </h2>
        <p className={styles.payment}>
          A question about this order, its delivery or a refund? Our team answers on a ticket.
        </p>
        <Link className={styles.helpLink} to={paths.contactSupport(order.id)}>
          Contact support about this order
        </Link>
      </section>
    </aside>
  );
}
