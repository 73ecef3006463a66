/**
 * The product's rating at a glance: the average with its stars, how many rated it, and a bar per number of
 * stars. The bars are drawn for the eye; each row also says its numbers in words.
 */
import type { RatingSummary } from '@emporium/api';
import styles from './Reviews.module.css';
import { Stars } from './Stars.tsx';

const count = new Intl.NumberFormat('en-IN');
const starValues = ['5', '4', '3', '2', '1'] as const;

export function RatingSummaryPanel({ summary }: { summary: RatingSummary }) {
  if (summary.count === 0) {
    return (
      <div className={styles.summary} data-testid="rating-summary">
        <p className={styles.noReviews}>No reviews yet. Be the first to review this product.</p>
      </div>
    );
  }
  return (
    <div className={styles.summary} data-testid="rating-summary">
      <div className={styles.average}>
        <span className={styles.averageNumber} aria-hidden="true">
          {summary.average.toFixed(1)}
        </span>
        <div>
          <Stars rating={summary.average} size="lg" />
          <p className={styles.basedOn}>
            {count.format(summary.count)} {summary.count === 1 ? 'rating' : 'ratings'}
          </p>
        </div>
      </div>
      <ul className={styles.distribution} aria-label="Ratings by number of stars">
        {starValues.map((stars) => {
          const n = summary.distribution[stars];
          const share = summary.count > 0 ? Math.round((n / summary.count) * 100) : 0;
          return (
            <li key={stars} className={styles.bar}>
              <span className={styles.barLabel} aria-hidden="true">
                {stars} ★
              </span>
              <span className={styles.barTrack} aria-hidden="true">
                <span className={styles.barFill} style={{ width: `${share}%` }} />
              </span>
              <span className={styles.barCount} aria-hidden="true">
                {count.format(n)}
              </span>
              <span className="visually-hidden">
                {stars} {stars === '1' ? 'star' : 'stars'}: {count.format(n)} ({share}%)
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}
