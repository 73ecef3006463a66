/**
 * The signed-in customer's review of this product, if they wrote one (the service allows one per product).
 * `null` data means none yet; guests, sellers and admins are never asked for one.
 */
import { type Review, reviewsApi } from '@emporium/api';
import { useSession, useSessionResolved } from '@emporium/store';
import { useLoad } from '@emporium/ui';
import { useCallback, useState } from 'react';

export type Reviewer = 'unknown' | 'guest' | 'customer' | 'not-customer';

export function useMyReview(productId: string) {
  const session = useSession();
  const resolved = useSessionResolved();
  const reviewer: Reviewer = !resolved
    ? 'unknown'
    : !session
      ? 'guest'
      : session.type === 'customer'
        ? 'customer'
        : 'not-customer';
  const [written, setWritten] = useState<Review | null>(null);
  const load = useLoad<Review | null>(
    (signal) =>
      reviewer === 'customer' ? reviewsApi.findMine(productId, { signal }) : Promise.resolve(null),
    `${productId}:${reviewer}:${session?.user.id ?? ''}`,
  );
  const found = load.data?.productId === productId ? load.data : null;
  const mine = written?.productId === productId && written.userId === session?.user.id ? written : found;
  const posted = useCallback((review: Review) => setWritten(review), []);
  return { reviewer, mine, status: load.status, error: load.error, reload: load.reload, posted };
}
