/**
 * The reviews service, typed: a product's reviews and rating summary (public), and the signed-in
 * customer's own reviews (write one per product, change or delete it).
 */
import { apiPrefix } from '@emporium/registry';
import { deleteJson, getJson, patchJson, postJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type {
  ProductReviewsQuery,
  RatingSummary,
  Review,
  ReviewInput,
  ReviewList,
  ReviewUpdate,
} from './types.ts';

const base = apiPrefix('reviews');

const product = (productId: string) => `${base}/products/${encodeURIComponent(productId)}`;
const review = (reviewId: string) => `${base}/reviews/${encodeURIComponent(reviewId)}`;

/** The most the service answers per page; looking for one's own review takes the fewest requests with it. */
const maxPage = 50;

export interface ReadOptions extends CallOptions {
  /**
   * Skip the browser's HTTP cache. Lists and summaries are cacheable for a few seconds, so a page that has
   * just written a review reads them fresh to show it.
   */
  fresh?: boolean;
}

/** Only the parameters that are set: the service rejects unknown and empty ones with a 400. */
function searchParams(query: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query))
    if (value !== undefined && value !== '') params.set(key, String(value));
  return params;
}

function read({ fresh, ...options }: ReadOptions) {
  return fresh ? { ...options, cache: 'no-store' as const } : options;
}

export const reviewsApi = {
  /** A page of a product's reviews, newest first unless `sort` says otherwise. */
  listForProduct(
    productId: string,
    query: ProductReviewsQuery = {},
    options: ReadOptions = {},
  ): Promise<ReviewList> {
    return getJson<ReviewList>(`${product(productId)}/reviews`, {
      ...read(options),
      searchParams: searchParams({ ...query }),
    });
  },
  /** Count, average and per-star counts; zeros for a product nobody has reviewed. */
  summary(productId: string, options: ReadOptions = {}): Promise<RatingSummary> {
    return getJson<RatingSummary>(`${product(productId)}/summary`, read(options));
  },
  /**
   * Reviews the product as the signed-in customer. 409 REVIEW_EXISTS when they already have (one review per
   * customer per product); 404 PRODUCT_NOT_FOUND; 401 when signed out, 403 for sellers and admins.
   */
  create(productId: string, input: ReviewInput, options: CallOptions = {}): Promise<Review> {
    return postJson<Review>(`${product(productId)}/reviews`, input, options);
  },
  /** Changes the signed-in customer's own review. */
  update(reviewId: string, update: ReviewUpdate, options: CallOptions = {}): Promise<Review> {
    return patchJson<Review>(review(reviewId), update, options);
  },
  /** Deletes the customer's own review (or any, for an admin). */
  remove(reviewId: string, options: CallOptions = {}): Promise<void> {
    return deleteJson(review(reviewId), options);
  },
  /** The signed-in user's reviews, newest first, a page at a time. */
  listMine(query: { limit?: number; cursor?: string } = {}, options: CallOptions = {}): Promise<ReviewList> {
    return getJson<ReviewList>(`${base}/me/reviews`, { ...options, searchParams: searchParams(query) });
  },
  /**
   * The signed-in customer's review of one product, or null: the service keeps one per customer per product
   * and lists a customer's reviews, so this pages through those (one request for most customers).
   */
  async findMine(productId: string, options: CallOptions = {}): Promise<Review | null> {
    let cursor: string | undefined;
    do {
      const page = await reviewsApi.listMine({ limit: maxPage, ...(cursor ? { cursor } : {}) }, options);
      const mine = page.items.find((item) => item.productId === productId);
      if (mine) return mine;
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    return null;
  },
};
