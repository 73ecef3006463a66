/**
 * The bag in the header, with the number of items from the shared store: whichever MFE changes the cart
 * sets the count, and this badge follows.
 */

import { mfe } from '@emporium/registry';
import { useCartCount } from '@emporium/store';
import { NavLink } from 'react-router';
import styles from './CartLink.module.css';

const cartRoute = mfe('cart').route;

export function CartLink() {
  const count = useCartCount();
  const items = count ?? 0;
  const label = items === 1 ? 'Bag, 1 item' : `Bag, ${items} items`;
  return (
    <NavLink
      to={cartRoute}
      className={({ isActive }) => (isActive ? `${styles.cart} ${styles.active}` : styles.cart)}
      aria-label={count === null ? 'Bag' : label}
      data-testid="header-cart"
    >
      <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
        <path
          d="M6 8h12l-1 12H7L6 8Z"
          fill="none"
          stroke="currentColor"
          strokeWidth="1.9"
          strokeLinejoin="round"
        />
        <path d="M9 10V7a3 3 0 0 1 6 0v3" fill="none" stroke="currentColor" strokeWidth="1.9" />
      </svg>
      <span className={styles.text} aria-hidden="true">
        Bag
      </span>
      {items > 0 && (
        <span className={styles.badge} aria-hidden="true" data-testid="header-cart-count">
          {items > 99 ? '99+' : items}
        </span>
      )}
    </NavLink>
  );
}
