/**
 * Why the order was not placed, and what to do: try again (with the same Idempotency-Key, so a first
 * attempt that did go through is not repeated) or go back to the bag when the bag itself must change.
 */
import type { ApiError } from '@emporium/api';
import { Link } from 'react-router';
import styles from './CheckoutPage.module.css';

/** Refusals only the bag can fix: stock, prices, the coupon, an empty bag. */
function needsBag(error: ApiError): boolean {
  return (
    ['OUT_OF_STOCK', 'PRODUCT_UNAVAILABLE', 'PRICE_CHANGED', 'CART_EMPTY', 'INSUFFICIENT_STOCK'].includes(
      error.code,
    ) || error.code.startsWith('COUPON_')
  );
}

export function PlaceOrderError({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const bag = needsBag(error);
  return (
    <div className={styles.placeError} role="alert" data-testid="place-order-error">
      <p className={styles.placeErrorTitle}>Your order wasn’t placed</p>
      <p>
        {error.message}
        {error.requestId && <span className={styles.reference}> (reference {error.requestId})</span>}
      </p>
      {bag ? (
        <Link to="..">Review your bag</Link>
      ) : (
        <button type="button" className={styles.retry} onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}
