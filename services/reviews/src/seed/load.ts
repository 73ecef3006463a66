/**
 * Loads the seed reviews and their rating summaries into the reviews database. A full load replaces
 * every review and summary with the seed ones, because the product service's seed gives each product
 * exactly the rating these reviews add up to, and the two must agree. With `ifEmpty` nothing happens
 * when reviews exist (so `make up` never overwrites reviews people wrote).
 * The summaries are added up here, once, from the seed file; afterwards `$inc` keeps them (a rebuild repairs them).
 */
import { seedShoppers } from '@emporium/dev-data';
import { writeChunks } from '@emporium/service-kit';
import type { Collection, Db, Document } from 'mongodb';
import type { ReviewDocument, StarKey, SummaryDocument } from '../reviews/documents.ts';
import { ensureReviewIndexes } from '../reviews/indexes.ts';
import type { SeedReviews } from './seed-file.ts';

async function deleteAll(collection: Collection<Document>): Promise<void> {
  const ids = (await collection.find({}, { projection: { _id: 1 } }).toArray()).map((d) => d._id);
  for (const chunk of writeChunks(ids)) await collection.deleteMany({ _id: { $in: chunk } });
}

export interface SeedResult {
  skipped: boolean;
  reviews: number;
  products: number;
}

export async function loadSeedReviews(
  db: Db,
  seed: SeedReviews,
  { ifEmpty = false } = {},
): Promise<SeedResult> {
  await ensureReviewIndexes(db);
  const reviews = db.collection<ReviewDocument>('reviews');
  const summaries = db.collection<SummaryDocument>('summaries');
  if (ifEmpty && (await reviews.estimatedDocumentCount()) > 0)
    return { skipped: true, reviews: 0, products: 0 };

  const names = new Map(seedShoppers.map((s) => [s.id, s.name]));
  const docs: ReviewDocument[] = seed.reviews.map((r) => {
    const authorName = names.get(r.userId);
    if (!authorName) throw new Error(`seed review ${r.id} is by ${r.userId}, who is not a seed shopper`);
    const at = new Date(r.createdAt);
    return {
      _id: r.id,
      productId: r.productId,
      userId: r.userId,
      authorName,
      rating: r.rating,
      title: r.title,
      body: r.body,
      verifiedPurchase: r.verifiedPurchase,
      createdAt: at,
      updatedAt: at,
    };
  });
  const totals = new Map<string, SummaryDocument>();
  for (const review of docs) {
    const summary = totals.get(review.productId) ?? { _id: review.productId, count: 0, sum: 0, stars: {} };
    const star = String(review.rating) as StarKey;
    summary.count += 1;
    summary.sum += review.rating;
    summary.stars[star] = (summary.stars[star] ?? 0) + 1;
    totals.set(review.productId, summary);
  }

  await deleteAll(reviews as unknown as Collection<Document>);
  await deleteAll(summaries as unknown as Collection<Document>);
  for (const chunk of writeChunks(docs)) await reviews.insertMany(chunk, { ordered: false });
  for (const chunk of writeChunks([...totals.values()])) {
    await summaries.insertMany(chunk, { ordered: false });
  }
  return { skipped: false, reviews: docs.length, products: totals.size };
}
