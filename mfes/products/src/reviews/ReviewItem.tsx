import type { Review } from '@emporium/api';
import { reviewDate } from './dates.ts';
import styles from './Reviews.module.css';
import { Stars } from './Stars.tsx';

/** One review: stars and title, who wrote it and when (and whether they bought it), then the text. */
export function ReviewItem({ review, own = false }: { review: Review; own?: boolean }) {
  const titleId = `review-${review.id}`;
  return (
    <article className={styles.review} aria-labelledby={titleId} data-testid="review">
      <div className={styles.reviewHead}>
        <Stars rating={review.rating} />
        <h3 id={titleId} className={styles.reviewTitle}>
          {review.title}
        </h3>
      </div>
      <p className={styles.meta}>
        <span className={styles.author}>{own ? 'You' : review.authorName}</span>
        <span aria-hidden="true"> · </span>
        <time dateTime={review.createdAt}>{reviewDate(review.createdAt)}</time>
        {review.verifiedPurchase && (
          <span className={styles.verified} data-testid="verified-purchase">
            <span aria-hidden="true">✓ </span>Verified purchase
          </span>
        )}
      </p>
      <p className={styles.body}>{review.body}</p>
    </article>
  );
}
