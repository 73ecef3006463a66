/** The reviews service's API shapes (services/reviews/src/schemas.ts), as the browser receives them. */

/** The service's limits on a review's text (services/reviews/src/reviews/limits.ts). */
export const reviewLimits = { title: 120, body: 4000 } as const;

export type Stars = 1 | 2 | 3 | 4 | 5;

export interface Review {
  id: string;
  productId: string;
  userId: string;
  authorName: string;
  /** Whole stars, 1 to 5. */
  rating: Stars;
  title: string;
  body: string;
  /** The author bought the product (the order service says so). */
  verifiedPurchase: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface ReviewList {
  items: Review[];
  nextCursor: string | null;
}

export const reviewSorts = ['recent', 'rating_desc', 'rating_asc'] as const;
/** recent: newest first; rating_desc / rating_asc: by stars, newest first within a star. */
export type ReviewSort = (typeof reviewSorts)[number];

export interface ProductReviewsQuery {
  sort?: ReviewSort;
  /** 1 to 50; the service's default is 10. */
  limit?: number;
  /** `nextCursor` of the previous page, with the same sort. */
  cursor?: string;
}

export interface RatingSummary {
  productId: string;
  count: number;
  /** One decimal; 0 when there are no reviews. */
  average: number;
  /** How many reviews gave each number of stars. */
  distribution: Record<'1' | '2' | '3' | '4' | '5', number>;
}

/** Title and body must hold more than white space. */
export interface ReviewInput {
  rating: Stars;
  title: string;
  body: string;
}

/** At least one field. */
export type ReviewUpdate = Partial<ReviewInput>;
