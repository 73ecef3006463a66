/**
 * How reviews and rating summaries are stored, and how they become API responses.
 *
 * A summary is one document per product, `{ _id: productId, count, sum, stars: { '1'..'5' } }`, changed
 * by `$inc` with every review written, changed or deleted; the product page reads it by _id in one go.
 * It is recomputed from the reviews only to repair it (see summaries.ts `rebuild`).
 */
import type { RatingSummaryBody, ReviewBody } from '../schemas.ts';

export interface ReviewDocument {
  _id: string;
  productId: string;
  userId: string;
  /** The author's name when they wrote it (from the access token). */
  authorName: string;
  rating: number;
  title: string;
  body: string;
  verifiedPurchase: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type StarKey = '1' | '2' | '3' | '4' | '5';
export const starKeys: readonly StarKey[] = ['1', '2', '3', '4', '5'];

export interface SummaryDocument {
  _id: string;
  count: number;
  sum: number;
  /** Missing keys count as 0: an upserting `$inc` creates only the star it touches. */
  stars: Partial<Record<StarKey, number>>;
}

/** One decimal, as shown on product pages (the product service's seed rounds the same way). */
export function averageOf(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 10) / 10;
}

export function toReview(doc: ReviewDocument): ReviewBody {
  return {
    id: doc._id,
    productId: doc.productId,
    userId: doc.userId,
    authorName: doc.authorName,
    rating: doc.rating,
    title: doc.title,
    body: doc.body,
    verifiedPurchase: doc.verifiedPurchase,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

export function toSummary(productId: string, doc: SummaryDocument | null): RatingSummaryBody {
  const stars = doc?.stars ?? {};
  const count = doc?.count ?? 0;
  return {
    productId,
    count,
    average: averageOf(doc?.sum ?? 0, count),
    distribution: {
      '1': stars['1'] ?? 0,
      '2': stars['2'] ?? 0,
      '3': stars['3'] ?? 0,
      '4': stars['4'] ?? 0,
      '5': stars['5'] ?? 0,
    },
  };
}
