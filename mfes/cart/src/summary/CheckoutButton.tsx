/**
 * The way to checkout: customers go on to choose an address; guests sign in first and come back to the
 * bag. Held back, with the reason, while something in the bag needs the shopper's attention.
 */
import { type Cart, track } from '@emporium/api';
import { useSession, useSessionResolved } from '@emporium/store';
import { useNavigate } from 'react-router';
import { paths } from '../paths.ts';
import styles from './Summary.module.css';

const blockingIssues = new Set(['OUT_OF_STOCK', 'INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE']);

/** Why checkout cannot start now, or null. */
export function checkoutBlocker(cart: Cart): string | null {
  if (cart.pricing === 'unavailable') return 'Prices can’t be checked right now; try again in a moment.';
  if (cart.issues.some((issue) => blockingIssues.has(issue.code))) {
    return 'Update or remove the items marked above to continue.';
  }
  return null;
}

const loginPath = paths.login(paths.bag);

export function CheckoutButton({ cart }: { cart: Cart }) {
  const navigate = useNavigate();
  const session = useSession();
  const resolved = useSessionResolved();
  const blocker = checkoutBlocker(cart);
  const signedIn = session?.type === 'customer';

  const start = () => {
    track({
      type: 'checkout_started',
      domain: 'cart',
      props: { itemCount: cart.itemCount, total: cart.totals.total.amount, signedIn },
    });
    navigate(signedIn ? 'checkout' : loginPath);
  };

  return (
    <>
      <button
        type="button"
        className={`button-primary ${styles.checkout}`}
        disabled={blocker !== null || !resolved}
        aria-describedby={blocker ? 'checkout-blocker' : undefined}
        onClick={start}
        data-testid="checkout-button"
      >
        {signedIn || !resolved ? 'Checkout' : 'Sign in to check out'}
      </button>
      {blocker && (
        <p id="checkout-blocker" className={styles.blocked}>
          {blocker}
        </p>
      )}
    </>
  );
}
