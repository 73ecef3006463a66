/**
 * The reviews, newest first, with "Show more reviews" for the next page. A failure to load them costs only
 * this list, with a retry.
 */
import { ErrorAlert } from '@emporium/ui';
import { ReviewItem } from './ReviewItem.tsx';
import styles from './Reviews.module.css';
import type { useReviewList } from './use-review-list.ts';

interface Props {
  list: ReturnType<typeof useReviewList>;
  /** The signed-in customer's id: their own review says "You". */
  userId: string | undefined;
}

export function ReviewList({ list, userId }: Props) {
  if (list.status === 'error' && list.error) {
    return <ErrorAlert title="We couldn’t load the reviews" error={list.error} onRetry={list.reload} />;
  }
  if (list.status === 'loading') {
    return (
      <p className={styles.muted} role="status">
        Loading reviews…
      </p>
    );
  }
  if (list.items.length === 0) return null;
  return (
    <div className={styles.listWrap}>
      <ol className={styles.list} aria-label="Reviews, newest first" data-testid="review-list">
        {list.items.map((review) => (
          <li key={review.id}>
            <ReviewItem review={review} own={review.userId === userId} />
          </li>
        ))}
      </ol>
      {list.moreError && (
        <ErrorAlert title="We couldn’t load more reviews" error={list.moreError} onRetry={list.loadMore} />
      )}
      {list.nextCursor && !list.moreError && (
        <button
          type="button"
          className={`button-secondary ${styles.more}`}
          onClick={() => void list.loadMore()}
          disabled={list.loadingMore}
        >
          {list.loadingMore ? 'Loading…' : 'Show more reviews'}
        </button>
      )}
    </div>
  );
}
