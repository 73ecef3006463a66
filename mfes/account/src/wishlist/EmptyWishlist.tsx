import { EmptyState, emptyStateStyles } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

/** Nothing saved yet: what the wishlist is for, and the way to the catalog. */
export function EmptyWishlist() {
  return (
    <EmptyState
      heading="Your wishlist is empty"
      level={3}
      testId="empty-wishlist"
      art={
        <svg viewBox="0 0 48 48" aria-hidden="true">
          <path
            d="M24 40S7 30 7 18a9 9 0 0 1 17-4 9 9 0 0 1 17 4c0 12-17 22-17 22z"
            fill="none"
            stroke="currentColor"
            strokeWidth="2.4"
            strokeLinejoin="round"
          />
        </svg>
      }
      actions={
        <Link className={emptyStateStyles.primary} to={paths.products}>
          Browse products
        </Link>
      }
    >
      Products you save for later show up here, with their latest price.
    </EmptyState>
  );
}
