/**
 * One review per author per product (the unique index is what makes it so under concurrent posts), and
 * an index for each way reviews are listed (each ending in _id, as keyset pagination needs).
 */
import { ensureIndexes, type IndexPlan } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export const reviewIndexes: IndexPlan = {
  reviews: [
    { key: { productId: 1, userId: 1 }, name: 'one_per_author', unique: true },
    { key: { productId: 1, createdAt: -1, _id: 1 }, name: 'product_recent' },
    { key: { productId: 1, rating: -1, createdAt: -1, _id: 1 }, name: 'product_rating_desc' },
    { key: { productId: 1, rating: 1, createdAt: -1, _id: 1 }, name: 'product_rating_asc' },
    { key: { userId: 1, createdAt: -1, _id: 1 }, name: 'author_recent' },
  ],
};

export async function ensureReviewIndexes(db: Db): Promise<void> {
  await ensureIndexes(db, reviewIndexes);
}
