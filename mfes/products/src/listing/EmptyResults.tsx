import { NoMatches } from '@emporium/ui';
import { Link } from 'react-router';
import styles from './ListingPage.module.css';

export function EmptyResults() {
  return (
    <NoMatches
      heading="No products match"
      art={
        <svg viewBox="0 0 48 48" aria-hidden="true">
          <circle cx="21" cy="21" r="12" fill="none" stroke="currentColor" strokeWidth="3" />
          <path d="M30 30l9 9M16 21h10" stroke="currentColor" strokeWidth="3" strokeLinecap="round" />
        </svg>
      }
    >
      <p>Try fewer filters, a wider price range or different words.</p>
      <Link to={{ search: '' }} className={styles.clearAll}>
        Clear all filters
      </Link>
    </NoMatches>
  );
}
