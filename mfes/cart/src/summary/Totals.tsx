/** The bag's price breakdown; shipping and the grand total once a pincode has been checked. */
import { type Cart, formatMoney, type Money } from '@emporium/api';
import { PriceBreakdown, PriceRow } from '@emporium/ui';
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
    <PriceBreakdown className={styles.totals} testId="cart-totals">
      <PriceRow label={`Subtotal (${units})`} testId="cart-subtotal">
        {formatMoney(cart.totals.subtotal)}
      </PriceRow>
      {cart.totals.discount.amount > 0 && (
        <PriceRow label="Coupon discount" tone="saving" testId="cart-discount">
          −{formatMoney(cart.totals.discount)}
        </PriceRow>
      )}
      <PriceRow label="Delivery" testId="cart-shipping">
        {shippingText(delivery, shipping)}
      </PriceRow>
      <PriceRow label="Total" tone="grand" testId="cart-total">
        {formatMoney(total)}
      </PriceRow>
    </PriceBreakdown>
  );
}
