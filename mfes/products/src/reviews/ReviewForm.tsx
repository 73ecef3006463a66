/**
 * Writing a review: stars, a title and the text, checked here against the service's own limits so the
 * shopper hears about a problem beside the field. The service's refusals are said above the button; a 409
 * (already reviewed) is handed up so the page can show the review that exists.
 */
import {
  type ApiError,
  type Review,
  reviewLimits,
  reviewsApi,
  type Stars as StarCount,
  toApiError,
} from '@emporium/api';
import { Field, FormAlert, TextAreaField } from '@emporium/ui';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import styles from './ReviewForm.module.css';
import { StarRatingInput } from './StarRatingInput.tsx';

interface Props {
  productId: string;
  onPosted: (review: Review) => void;
  /** The service says this customer has reviewed the product already. */
  onExists: () => void;
  onCancel: () => void;
}

interface Problems {
  rating?: string | undefined;
  title?: string | undefined;
  body?: string | undefined;
}

function check(rating: StarCount | null, title: string, body: string): Problems {
  const problems: Problems = {};
  if (!rating) problems.rating = 'Choose from 1 to 5 stars';
  if (!title.trim()) problems.title = 'Give your review a title';
  if (!body.trim()) problems.body = 'Tell other shoppers what you think';
  return problems;
}

function failureMessage(error: ApiError): string {
  if (error.status === 401) return 'Your session has ended. Please sign in again to post your review.';
  if (error.status === 403) return 'Only customer accounts can write reviews.';
  if (error.code === 'PRODUCT_NOT_FOUND') return 'This product is no longer in the catalog.';
  if (error.status === 0 || error.status >= 500)
    return `We couldn’t post your review just now: ${error.message}. Your text is still here; please try again.`;
  return error.message;
}

export function ReviewForm({ productId, onPosted, onExists, onCancel }: Props) {
  const [rating, setRating] = useState<StarCount | null>(null);
  const [title, setTitle] = useState('');
  const [body, setBody] = useState('');
  const [problems, setProblems] = useState<Problems>({});
  const [failure, setFailure] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const ratingRef = useRef<HTMLInputElement>(null);
  const titleRef = useRef<HTMLInputElement>(null);
  const bodyRef = useRef<HTMLTextAreaElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening the form takes the keyboard to it.
  useEffect(() => headingRef.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found = check(rating, title, body);
    setProblems(found);
    setFailure(null);
    if (found.rating) return ratingRef.current?.focus();
    if (found.title) return titleRef.current?.focus();
    if (found.body) return bodyRef.current?.focus();
    if (!rating) return;
    setSending(true);
    try {
      const review = await reviewsApi.create(productId, { rating, title: title.trim(), body: body.trim() });
      onPosted(review);
    } catch (error) {
      const failed = toApiError(error);
      if (failed.code === 'REVIEW_EXISTS') onExists();
      else setFailure(failureMessage(failed));
      setSending(false);
    }
  };

  return (
    <form className={styles.form} onSubmit={submit} noValidate aria-labelledby="write-review-heading">
      <h3 id="write-review-heading" ref={headingRef} tabIndex={-1} className={styles.heading}>
        Write a review
      </h3>
      <StarRatingInput
        ref={ratingRef}
        value={rating}
        onChange={(stars) => {
          setRating(stars);
          setProblems((p) => ({ ...p, rating: undefined }));
        }}
        error={problems.rating}
      />
      <Field
        ref={titleRef}
        label="Title"
        required
        maxLength={reviewLimits.title}
        value={title}
        onChange={(event) => {
          setTitle(event.target.value);
          setProblems((p) => ({ ...p, title: undefined }));
        }}
        placeholder="The most important thing to know"
        error={problems.title}
      />
      <TextAreaField
        ref={bodyRef}
        label="Your review"
        required
        maxLength={reviewLimits.body}
        value={body}
        onChange={(event) => {
          setBody(event.target.value);
          setProblems((p) => ({ ...p, body: undefined }));
        }}
        placeholder="What did you like or dislike? How did you use it?"
        hint={`${reviewLimits.body - body.length} characters left`}
        error={problems.body}
      />
      {failure && <FormAlert testId="review-error">{failure}</FormAlert>}
      <div className={styles.buttons}>
        <button type="submit" className={`button-primary ${styles.submit}`} disabled={sending}>
          {sending ? 'Posting…' : 'Post review'}
        </button>
        <button type="button" className={styles.cancel} onClick={onCancel} disabled={sending}>
          Cancel
        </button>
      </div>
    </form>
  );
}
