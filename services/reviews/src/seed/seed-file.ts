/**
 * The seed reviews file (reviews.json): its schema, and reading it with validation, so a broken edit fails
 * loudly with the offending path. The product service's seed reads the same file to give each seeded
 * product the rating these reviews add up to, so the two databases agree.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { reviewLimits } from '../reviews/limits.ts';

const SeedReview = Type.Object(
  {
    id: Type.String({ pattern: '^seed-review-[0-9]{4}$' }),
    productId: Type.String({ pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$', maxLength: 80 }),
    userId: Type.String({ minLength: 1, maxLength: 128 }),
    rating: Type.Integer({ minimum: 1, maximum: 5 }),
    title: Type.String({ minLength: 1, maxLength: reviewLimits.title }),
    body: Type.String({ minLength: 1, maxLength: reviewLimits.body }),
    verifiedPurchase: Type.Boolean(),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);

export const SeedReviews = Type.Object(
  { reviews: Type.Array(SeedReview, { minItems: 1 }) },
  { additionalProperties: false },
);

export type SeedReview = Static<typeof SeedReview>;
export type SeedReviews = Static<typeof SeedReviews>;

export const defaultSeedFile = new URL('./reviews.json', import.meta.url);

export async function readSeedReviews(file: URL = defaultSeedFile): Promise<SeedReviews> {
  const data = await readSeedFile(SeedReviews, file, 'seed review file');
  const ids = new Set<string>();
  const authors = new Set<string>();
  for (const review of data.reviews) {
    if (ids.has(review.id)) throw new Error(`seed reviews have a duplicate id "${review.id}"`);
    ids.add(review.id);
    const author = `${review.productId} ${review.userId}`;
    if (authors.has(author)) {
      throw new Error(`seed reviews have two reviews of ${review.productId} by ${review.userId}`);
    }
    authors.add(author);
  }
  return data;
}
