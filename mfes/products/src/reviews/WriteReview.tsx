/**
 * The "review this product" card. Guests get a sign-in link that comes back here; sellers and admins are
 * told reviews are for customers; a customer who reviewed the product sees their review (one per product);
 * everyone else gets "Write a review", which opens the form in place.
 */
import type { Review } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { shopStore } from '@emporium/store';
import { ErrorAlert } from '@emporium/ui';
import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router';
import { reviewDate } from './dates.ts';
import { ReviewForm } from './ReviewForm.tsx';
import styles from './Reviews.module.css';
import { Stars } from './Stars.tsx';
import type { useMyReview } from './use-my-review.ts';

const loginRoute = `${mfe('auth').route}/login`;

interface Props {
  productId: string;
  my: ReturnType<typeof useMyReview>;
  /** After a review is posted: the list and summary show it. */
  onPosted: (review: Review) => void;
}

export function WriteReview({ productId, my, onPosted }: Props) {
  const location = useLocation();
  const [open, setOpen] = useState(false);
  // Set when posting was refused because a review exists: said above that review.
  const [alreadyReviewed, setAlreadyReviewed] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const yours = useRef<HTMLHeadingElement>(null);

  // Another product starts with the form closed.
  useEffect(() => {
    setOpen(false);
    setAlreadyReviewed(false);
  }, [productId]);

  if (my.reviewer === 'unknown') return null;

  if (my.reviewer === 'guest') {
    const returnTo = `${location.pathname}${location.search}#reviews`;
    return (
      <div className={styles.cta}>
        <h3 className={styles.ctaHeading}>Review this product</h3>
        <p className={styles.muted}>Share your thoughts with other shoppers.</p>
        <Link
          className={`button-secondary ${styles.cta}`}
          to={`${loginRoute}?returnTo=${encodeURIComponent(returnTo)}`}
        >
          Sign in to write a review
        </Link>
      </div>
    );
  }

  if (my.reviewer === 'not-customer') {
    return (
      <div className={styles.cta}>
        <p className={styles.muted}>Reviews are written by customers who shop with Emporium.</p>
      </div>
    );
  }

  if (my.status === 'error' && my.error && !my.mine) {
    return <ErrorAlert title="We couldn’t check for your review" error={my.error} onRetry={my.reload} />;
  }

  if (my.mine) {
    return (
      <div className={`${styles.cta} ${styles.yours}`} data-testid="your-review">
        <h3 ref={yours} tabIndex={-1} className={styles.ctaHeading}>
          Your review
        </h3>
        {alreadyReviewed && (
          <p className={styles.notice} role="status">
            You have already reviewed this product; each customer can review a product once.
          </p>
        )}
        <Stars rating={my.mine.rating} />
        <p className={styles.yoursTitle}>{my.mine.title}</p>
        <p className={styles.muted}>
          Posted {reviewDate(my.mine.createdAt)}
          {my.mine.verifiedPurchase ? ' · Verified purchase' : ''}
        </p>
      </div>
    );
  }

  if (my.status === 'loading') {
    return (
      <p className={styles.muted} role="status">
        Checking for your review…
      </p>
    );
  }

  if (alreadyReviewed) {
    // The service refused a second review but the first could not be read back (yet).
    return (
      <div className={styles.cta}>
        <h3 className={styles.ctaHeading}>Review this product</h3>
        <p className={styles.notice} role="status">
          You have already reviewed this product; each customer can review a product once.
        </p>
      </div>
    );
  }

  if (!open) {
    return (
      <div className={styles.cta}>
        <h3 className={styles.ctaHeading}>Review this product</h3>
        <p className={styles.muted}>Share your thoughts with other shoppers.</p>
        <button
          ref={opener}
          type="button"
          className={`button-secondary ${styles.cta}`}
          onClick={() => setOpen(true)}
        >
          Write a review
        </button>
      </div>
    );
  }

  return (
    <ReviewForm
      productId={productId}
      onPosted={(review) => {
        my.posted(review);
        onPosted(review);
        setOpen(false);
        shopStore.getState().pushToast({ kind: 'success', message: 'Thank you! Your review is posted.' });
        requestAnimationFrame(() => yours.current?.focus());
      }}
      onExists={() => {
        setAlreadyReviewed(true);
        setOpen(false);
        my.reload();
      }}
      onCancel={() => {
        setOpen(false);
        requestAnimationFrame(() => opener.current?.focus());
      }}
    />
  );
}
