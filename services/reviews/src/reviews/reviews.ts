/**
 * Reviews and what every change does to the product's rating summary. There are no multi-document
 * transactions, so a change is: write the review, then `$inc` the summary; if the `$inc` fails, the
 * review write is undone (compensation) and the summary rebuilt from the reviews, so the two never
 * disagree for longer than the request. A summary whose count disagrees with the reviews after a change
 * (a change lost to a crash between its two writes) is rebuilt the same way. Both
 * happen under the product's lock (see the service kit's document-lock.ts): concurrent changes to one product's reviews
 * take turns, which keeps every `$inc` and every before/after pair of a review exact.
 * After a change the new average and count are pushed to the product service (best effort).
 */
import { randomUUID } from 'node:crypto';
import type { DocumentLocks } from '@emporium/service-kit';
import { ApiError, type AuthUser, conflict, isDuplicateKey, notFound } from '@emporium/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Collection, Db, Filter } from 'mongodb';
import type { Neighbours } from '../neighbours.ts';
import type {
  CreateReviewRequest,
  MyReviewsQuery,
  ProductReviewsQuery,
  RatingSummaryBody,
  ReviewBody,
  ReviewListBody,
  ReviewSort,
  UpdateReviewRequest,
} from '../schemas.ts';
import { afterCursor, encodeCursor, sortOrder } from './cursor.ts';
import { type ReviewDocument, toReview } from './documents.ts';
import { deltas, isEmpty, type Summaries, type SummaryDelta } from './summaries.ts';

export class Reviews {
  readonly collection: Collection<ReviewDocument>;
  readonly #summaries: Summaries;
  readonly #locks: DocumentLocks;
  readonly #neighbours: Neighbours;
  readonly #app: FastifyInstance;

  constructor(
    app: FastifyInstance,
    db: Db,
    parts: { summaries: Summaries; locks: DocumentLocks; neighbours: Neighbours },
  ) {
    this.collection = db.collection<ReviewDocument>('reviews');
    this.#summaries = parts.summaries;
    this.#locks = parts.locks;
    this.#neighbours = parts.neighbours;
    this.#app = app;
  }

  async create(
    author: AuthUser,
    productId: string,
    input: CreateReviewRequest,
    request: FastifyRequest,
  ): Promise<ReviewBody> {
    const [, verifiedPurchase] = await Promise.all([
      this.#neighbours.requireProduct(productId, request),
      this.#neighbours.hasPurchased(author.id, productId, request),
    ]);
    const now = new Date();
    const review: ReviewDocument = {
      _id: randomUUID(),
      productId,
      userId: author.id,
      authorName: author.name,
      rating: input.rating,
      title: input.title,
      body: input.body,
      verifiedPurchase,
      createdAt: now,
      updatedAt: now,
    };
    await this.#change(productId, request, async () => {
      try {
        await this.collection.insertOne(review);
      } catch (err) {
        if (isDuplicateKey(err)) {
          throw conflict('REVIEW_EXISTS', 'You have already reviewed this product; edit that review instead');
        }
        throw err;
      }
      return {
        delta: deltas.added(review.rating),
        undo: () => this.collection.deleteOne({ _id: review._id }),
      };
    });
    this.#app.events.emit({
      type: 'review.posted',
      subject: review._id,
      userId: author.id,
      data: { productId, rating: review.rating, verifiedPurchase },
    });
    return toReview(review);
  }

  async update(
    author: AuthUser,
    reviewId: string,
    change: UpdateReviewRequest,
    request: FastifyRequest,
  ): Promise<ReviewBody> {
    const found = await this.#find(reviewId);
    if (found.userId !== author.id) {
      throw new ApiError(403, 'NOT_REVIEW_AUTHOR', 'Only the author of a review may change it');
    }
    let updated: ReviewDocument | undefined;
    await this.#change(found.productId, request, async () => {
      const before = await this.#find(reviewId);
      const set = { ...change, updatedAt: new Date() };
      await this.collection.updateOne({ _id: reviewId }, { $set: set });
      updated = { ...before, ...set };
      const { rating, title, body, updatedAt } = before;
      return {
        delta: deltas.changed(before.rating, updated.rating),
        undo: () =>
          this.collection.updateOne({ _id: reviewId }, { $set: { rating, title, body, updatedAt } }),
      };
    });
    return toReview(updated as ReviewDocument);
  }

  async remove(user: AuthUser, reviewId: string, request: FastifyRequest): Promise<void> {
    const found = await this.#find(reviewId);
    if (found.userId !== user.id && user.type !== 'admin') {
      throw new ApiError(403, 'NOT_REVIEW_AUTHOR', 'Only the author of a review or an admin may delete it');
    }
    await this.#change(found.productId, request, async () => {
      const before = await this.#find(reviewId);
      await this.collection.deleteOne({ _id: reviewId });
      return { delta: deltas.removed(before.rating), undo: () => this.collection.insertOne(before) };
    });
  }

  /**
   * One change to a product's reviews under its lock: `write` changes a review and says how the summary
   * moves and how to take the write back; the summary follows, or the write is taken back. Then the new
   * rating goes to the product service (outside the lock: a slow product service holds up no one else).
   */
  async #change(
    productId: string,
    request: FastifyRequest,
    write: () => Promise<{ delta: SummaryDelta; undo: () => Promise<unknown> }>,
  ): Promise<void> {
    const summary = await this.#locks.run(`product:${productId}`, async () => {
      const { delta, undo } = await write();
      if (isEmpty(delta)) return undefined;
      let after: RatingSummaryBody;
      try {
        after = await this.#summaries.apply(productId, delta);
      } catch (err) {
        await undo().catch((undoErr: unknown) =>
          request.log.error({ err: undoErr, productId }, 'review write not undone after the summary failed'),
        );
        // The summary could not take the change: rebuild it from the reviews, so the next change starts
        // from exact numbers instead of failing the same way.
        await this.#rebuild(productId, request);
        throw err;
      }
      // A change lost between its review write and its `$inc` (a crash, or a lock that outlived its
      // holder) leaves the count off; one indexed count tells, and the ledger puts it right.
      if (after.count !== (await this.collection.countDocuments({ productId }))) {
        return (await this.#rebuild(productId, request)) ?? after;
      }
      return after;
    });
    if (summary) await this.#neighbours.pushRating(summary, request);
  }

  async #rebuild(productId: string, request: FastifyRequest): Promise<RatingSummaryBody | undefined> {
    try {
      const rebuilt = await this.#summaries.rebuild(productId, this.collection);
      request.log.warn({ productId, summary: rebuilt }, 'rating summary rebuilt from the reviews');
      return rebuilt;
    } catch (err) {
      request.log.error({ err, productId }, 'rating summary could not be rebuilt');
      return undefined;
    }
  }

  async #find(reviewId: string): Promise<ReviewDocument> {
    const found = await this.collection.findOne({ _id: reviewId });
    if (!found) throw notFound('REVIEW_NOT_FOUND', `No review with id "${reviewId}"`);
    return found;
  }

  async listForProduct(productId: string, query: ProductReviewsQuery): Promise<ReviewListBody> {
    return this.#page({ productId }, query.sort ?? 'recent', `product:${productId}`, query);
  }

  async listForAuthor(userId: string, query: MyReviewsQuery): Promise<ReviewListBody> {
    return this.#page({ userId }, 'recent', `author:${userId}`, query);
  }

  async #page(
    filter: Filter<ReviewDocument>,
    sort: ReviewSort,
    list: string,
    query: { limit?: number; cursor?: string },
  ): Promise<ReviewListBody> {
    const limit = query.limit ?? 10;
    const pageFilter: Filter<ReviewDocument> = query.cursor
      ? { $and: [filter, afterCursor(query.cursor, sort, list) as Filter<ReviewDocument>] }
      : filter;
    const docs = await this.collection
      .find(pageFilter)
      .sort(sortOrder(sort))
      .limit(limit + 1)
      .toArray();
    const page = docs.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toReview),
      nextCursor: docs.length > limit && last ? encodeCursor(last, sort, list) : null,
    };
  }
}
