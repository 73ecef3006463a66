import { EmptyState, emptyStateStyles } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

export function EmptyBag() {
  return (
    <EmptyState
      heading="Your bag is empty"
      testId="empty-bag"
      art={
        <svg viewBox="0 0 48 48" aria-hidden="true">
          <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
            <path d="M10 16h28l-2 24H12z" />
            <path d="M18 16v-3a6 6 0 0 1 12 0v3" />
          </g>
        </svg>
      }
      actions={
        <Link className={emptyStateStyles.primary} to={paths.products}>
          Start shopping
        </Link>
      }
    >
      Everything you add shows up here, ready for checkout.
    </EmptyState>
  );
}
