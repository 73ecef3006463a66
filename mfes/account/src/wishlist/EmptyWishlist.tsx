import { Link } from 'react-router';
import { paths } from '../paths.ts';
import sectionStyles from '../ui/Section.module.css';

/** Nothing saved yet: what the wishlist is for, and the way to the catalog. */
export function EmptyWishlist() {
  return (
    <div className={sectionStyles.empty} data-testid="empty-wishlist">
      <svg viewBox="0 0 48 48" aria-hidden="true" className={sectionStyles.emptyArt}>
        <path
          d="M24 40S7 30 7 18a9 9 0 0 1 17-4 9 9 0 0 1 17 4c0 12-17 22-17 22z"
          fill="none"
          stroke="currentColor"
          strokeWidth="2.4"
          strokeLinejoin="round"
        />
      </svg>
      <h3>Your wishlist is empty</h3>
      <p>Products you save for later show up here, with their latest price.</p>
      <Link className={`button-primary ${sectionStyles.emptyAction}`} to={paths.products}>
        Browse products
      </Link>
    </div>
  );
}
