import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './BagPage.module.css';

export function EmptyBag() {
  return (
    <section className={styles.empty} data-testid="empty-bag">
      <svg viewBox="0 0 48 48" aria-hidden="true" className={styles.emptyArt}>
        <g fill="none" stroke="currentColor" strokeWidth="2.4" strokeLinecap="round" strokeLinejoin="round">
          <path d="M10 16h28l-2 24H12z" />
          <path d="M18 16v-3a6 6 0 0 1 12 0v3" />
        </g>
      </svg>
      <h2>Your bag is empty</h2>
      <p>Everything you add shows up here, ready for checkout.</p>
      <Link className={`button-primary ${styles.cta}`} to={paths.products}>
        Start shopping
      </Link>
    </section>
  );
}
