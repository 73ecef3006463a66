/**
 * Rating summaries, kept incrementally: each review written, changed or deleted applies its difference
 * with one upserting `$inc`. Callers hold the product's lock (see the service kit's document-lock.ts), because FerretDB
 * loses concurrent `$inc`s on one document.
 *
 * The reviews themselves are the ledger the summary adds up (one document per author and product, kept
 * unique by an index, which FerretDB enforces even under concurrency). When a summary cannot be trusted
 * (its `$inc` failed, or it counts a different number of reviews than there are) `rebuild` recomputes it
 * from that ledger with `$group`/`$sum`, under the same lock.
 */
import type { Collection, Db } from 'mongodb';
import type { RatingSummaryBody } from '../schemas.ts';
import { type ReviewDocument, type StarKey, type SummaryDocument, starKeys, toSummary } from './documents.ts';

/** How one change moves a summary: a new review is `{ count: 1, sum: 4, stars: { 4: 1 } }`. */
export interface SummaryDelta {
  count: number;
  sum: number;
  stars: Partial<Record<StarKey, number>>;
}

const star = (rating: number) => String(rating) as StarKey;

export const deltas = {
  added: (rating: number): SummaryDelta => ({ count: 1, sum: rating, stars: { [star(rating)]: 1 } }),
  removed: (rating: number): SummaryDelta => ({ count: -1, sum: -rating, stars: { [star(rating)]: -1 } }),
  changed: (from: number, to: number): SummaryDelta =>
    from === to
      ? { count: 0, sum: 0, stars: {} }
      : { count: 0, sum: to - from, stars: { [star(from)]: -1, [star(to)]: 1 } },
  inverse: (delta: SummaryDelta): SummaryDelta => ({
    count: -delta.count,
    sum: -delta.sum,
    stars: Object.fromEntries(Object.entries(delta.stars).map(([k, v]) => [k, -(v ?? 0)])),
  }),
};

export function isEmpty(delta: SummaryDelta): boolean {
  return delta.count === 0 && delta.sum === 0 && Object.values(delta.stars).every((v) => !v);
}

export class Summaries {
  readonly collection: Collection<SummaryDocument>;

  constructor(db: Db) {
    this.collection = db.collection<SummaryDocument>('summaries');
  }

  async get(productId: string): Promise<RatingSummaryBody> {
    return toSummary(productId, await this.collection.findOne({ _id: productId }));
  }

  /** Applies a change and answers the summary after it. */
  async apply(productId: string, delta: SummaryDelta): Promise<RatingSummaryBody> {
    const inc: Record<string, number> = { count: delta.count, sum: delta.sum };
    for (const [key, value] of Object.entries(delta.stars)) if (value) inc[`stars.${key}`] = value;
    const after = await this.collection.findOneAndUpdate(
      { _id: productId },
      { $inc: inc },
      { upsert: true, returnDocument: 'after' },
    );
    return toSummary(productId, after);
  }

  /** Recomputes a product's summary from its reviews and stores it in place of the old one. */
  async rebuild(productId: string, reviews: Collection<ReviewDocument>): Promise<RatingSummaryBody> {
    const perStar = await reviews
      .aggregate<{ _id: number; count: number }>([
        { $match: { productId } },
        { $group: { _id: '$rating', count: { $sum: 1 } } },
      ])
      .toArray();
    const stars: Partial<Record<StarKey, number>> = {};
    let count = 0;
    let sum = 0;
    for (const { _id: rating, count: n } of perStar) {
      const key = String(rating) as StarKey;
      if (!starKeys.includes(key)) continue;
      stars[key] = n;
      count += n;
      sum += rating * n;
    }
    const rebuilt: SummaryDocument = { _id: productId, count, sum, stars };
    await this.collection.replaceOne({ _id: productId }, rebuilt, { upsert: true });
    return toSummary(productId, rebuilt);
  }
}
