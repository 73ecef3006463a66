/**
 * Ratings and reviews on the product page: the summary and the "review this product" card beside the
 * newest reviews. A review the customer posts appears in the list and the summary at once.
 */
import type { Review } from '@emporium/api';
import { useSession } from '@emporium/store';
import { ErrorAlert } from '@emporium/ui';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { RatingSummaryPanel } from './RatingSummaryPanel.tsx';
import { ReviewList } from './ReviewList.tsx';
import styles from './Reviews.module.css';
import { useMyReview } from './use-my-review.ts';
import type { useRatingSummary } from './use-rating-summary.ts';
import { useReviewList } from './use-review-list.ts';
import { WriteReview } from './WriteReview.tsx';

interface Props {
  productId: string;
  /** Shared with the rating at the top of the page, so both change together. */
  rating: ReturnType<typeof useRatingSummary>;
}

export function ReviewsSection({ productId, rating }: Props) {
  const list = useReviewList(productId);
  const my = useMyReview(productId);
  const session = useSession();
  const { hash } = useLocation();

  // The list and summary may come from the browser's few-second cache, older than the customer's own
  // review: a review newer than the top of a newest-first list belongs on top, and the summary is stale too.
  const mine = my.mine;
  const { status: listStatus, items, prepend } = list;
  const { refresh } = rating;
  useEffect(() => {
    if (!mine || listStatus !== 'ready' || items.some((review) => review.id === mine.id)) return;
    const top = items[0];
    if (top && top.createdAt > mine.createdAt) return;
    prepend(mine);
    refresh();
  }, [mine, listStatus, items, prepend, refresh]);

  // Coming back from sign-in (or a link) to #reviews: the section exists only now that the page has loaded.
  useEffect(() => {
    if (hash === '#reviews' && list.status !== 'loading')
      document.getElementById('reviews')?.scrollIntoView();
  }, [hash, list.status]);

  const posted = (review: Review) => {
    list.prepend(review);
    rating.refresh();
  };

  return (
    <section id="reviews" className={styles.section} aria-labelledby="reviews-heading">
      <h2 id="reviews-heading" className={styles.heading}>
        Ratings &amp; reviews
      </h2>
      <div className={styles.layout}>
        <div className={styles.side}>
          {rating.summary ? (
            <RatingSummaryPanel summary={rating.summary} />
          ) : rating.error ? (
            <ErrorAlert title="We couldn’t load the rating" error={rating.error} onRetry={rating.reload} />
          ) : (
            <p className={styles.muted} role="status">
              Loading rating…
            </p>
          )}
          <WriteReview productId={productId} my={my} onPosted={posted} />
        </div>
        <div className={styles.main}>
          <ReviewList list={list} userId={session?.user.id} />
        </div>
      </div>
    </section>
  );
}
