import { VisuallyHidden } from '@emporium/ui';
import styles from './Stars.module.css';

/** Five stars, `rating` of them filled (fractions fill part of a star); read as "Rated 4.5 out of 5". */
export function Stars({ rating, size = 'md' }: { rating: number; size?: 'md' | 'lg' }) {
  const percent = Math.max(0, Math.min(100, (rating / 5) * 100));
  return (
    <span className={`${styles.stars} ${size === 'lg' ? styles.lg : ''}`}>
      <span className={styles.track} aria-hidden="true">
        ★★★★★
        <span className={styles.fill} style={{ width: `${percent}%` }}>
          ★★★★★
        </span>
      </span>
      <VisuallyHidden>Rated {Number.isInteger(rating) ? rating : rating.toFixed(1)} out of 5</VisuallyHidden>
    </span>
  );
}
