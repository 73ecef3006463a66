/**
 * The reviews service's API types: what clients send and receive. Every body and query is closed
 * (`additionalProperties: false`) and bounded.
 */
import { ProductId, productIdPattern } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { reviewLimits } from './reviews/limits.ts';

export { productIdPattern };

export const ProductParams = Type.Object({ productId: ProductId }, { additionalProperties: false });
export const ReviewParams = Type.Object(
  { reviewId: Type.String({ pattern: '^[A-Za-z0-9-]{1,64}$' }) },
  { additionalProperties: false },
);

const Stars = Type.Integer({ minimum: 1, maximum: 5, description: 'Whole stars, 1 to 5' });
const Title = Type.String({ minLength: 1, maxLength: reviewLimits.title, pattern: '\\S' });
const Body = Type.String({ minLength: 1, maxLength: reviewLimits.body, pattern: '\\S' });

export const CreateReviewRequest = Type.Object(
  { rating: Stars, title: Title, body: Body },
  { additionalProperties: false },
);

export const UpdateReviewRequest = Type.Object(
  { rating: Type.Optional(Stars), title: Type.Optional(Title), body: Type.Optional(Body) },
  { additionalProperties: false, minProperties: 1 },
);

export const Review = Type.Object({
  id: Type.String(),
  productId: Type.String(),
  userId: Type.String(),
  authorName: Type.String(),
  rating: Type.Integer({ minimum: 1, maximum: 5 }),
  title: Type.String(),
  body: Type.String(),
  verifiedPurchase: Type.Boolean({ description: 'The author bought the product (order service)' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const reviewSorts = ['recent', 'rating_desc', 'rating_asc'] as const;
export type ReviewSort = (typeof reviewSorts)[number];

const Limit = Type.Integer({ minimum: 1, maximum: 50, default: 10 });
const Cursor = Type.String({ minLength: 1, maxLength: 512, description: 'nextCursor of the previous page' });

export const ProductReviewsQuery = Type.Object(
  {
    sort: Type.Optional(
      Type.Union([Type.Literal('recent'), Type.Literal('rating_desc'), Type.Literal('rating_asc')], {
        default: 'recent',
        description: 'recent: newest first; rating_desc / rating_asc: by stars, newest first within a star',
      }),
    ),
    limit: Type.Optional(Limit),
    cursor: Type.Optional(Cursor),
  },
  { additionalProperties: false },
);

export const MyReviewsQuery = Type.Object(
  { limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);

export const ReviewList = Type.Object({
  items: Type.Array(Review),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

const Count = Type.Integer({ minimum: 0 });
export const RatingSummary = Type.Object({
  productId: Type.String(),
  count: Count,
  average: Type.Number({ minimum: 0, maximum: 5, description: 'One decimal; 0 when there are no reviews' }),
  distribution: Type.Object(
    { '1': Count, '2': Count, '3': Count, '4': Count, '5': Count },
    { description: 'How many reviews gave each number of stars' },
  ),
});

export type CreateReviewRequest = Static<typeof CreateReviewRequest>;
export type UpdateReviewRequest = Static<typeof UpdateReviewRequest>;
export type ReviewBody = Static<typeof Review>;
export type ReviewListBody = Static<typeof ReviewList>;
export type RatingSummaryBody = Static<typeof RatingSummary>;
export type ProductReviewsQuery = Static<typeof ProductReviewsQuery>;
export type MyReviewsQuery = Static<typeof MyReviewsQuery>;
