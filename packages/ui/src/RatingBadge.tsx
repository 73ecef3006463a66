import styles from './RatingBadge.module.css';
import { VisuallyHidden } from './VisuallyHidden.tsx';

const count = new Intl.NumberFormat('en-IN');

/** "4.4 ★ (233)"; unrated products say so instead of showing a zero. */
export function RatingBadge({ rating }: { rating: { average: number; count: number } }) {
  if (rating.count === 0) return <p className={styles.none}>No ratings yet</p>;
  const average = rating.average.toFixed(1);
  return (
    <p className={styles.rating}>
      <span className={styles.badge}>
        <span aria-hidden="true">{average} ★</span>
        <VisuallyHidden>Rated {average} out of 5</VisuallyHidden>
      </span>
      <span className={styles.count}>
        ({count.format(rating.count)}
        <VisuallyHidden> ratings</VisuallyHidden>)
      </span>
    </p>
  );
}
