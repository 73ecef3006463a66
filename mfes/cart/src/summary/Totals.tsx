/** The bag's price breakdown; shipping and the grand total once a pincode has been checked. */
import { type Cart, formatMoney, type Money } from '@emporium/api';
import styles from './Summary.module.css';
import type { Delivery } from './use-delivery.ts';

/** The delivery line: its price once known, else where the pincode check stands. */
function shippingText(delivery: Delivery, shipping: Money | null): string {
  if (shipping) return shipping.amount === 0 ? 'Free' : formatMoney(shipping);
  switch (delivery.status) {
    case 'loading':
      return 'Checking…';
    case 'ready':
      return 'Not available';
    case 'error':
      return 'Can’t check now';
    default:
      return 'Enter a pincode';
  }
}

export function Totals({ cart, delivery }: { cart: Cart; delivery: Delivery }) {
  const quote = delivery.status === 'ready' && delivery.quote.serviceable ? delivery.quote : null;
  const shipping = quote?.totals.shipping ?? null;
  const total = quote ? quote.totals.total : cart.totals.total;
  const units = cart.itemCount === 1 ? '1 item' : `${cart.itemCount} items`;
  return (
    <dl className={styles.totals} data-testid="cart-totals">
      <div>
        <dt>Subtotal ({units})</dt>
        <dd data-testid="cart-subtotal">{formatMoney(cart.totals.subtotal)}</dd>
      </div>
      {cart.totals.discount.amount > 0 && (
        <div className={styles.saving}>
          <dt>Coupon discount</dt>
          <dd data-testid="cart-discount">−{formatMoney(cart.totals.discount)}</dd>
        </div>
      )}
      <div>
        <dt>Delivery</dt>
        <dd data-testid="cart-shipping">{shippingText(delivery, shipping)}</dd>
      </div>
      <div className={styles.grand}>
        <dt>Total</dt>
        <dd data-testid="cart-total">{formatMoney(total)}</dd>
      </div>
    </dl>
  );
}
