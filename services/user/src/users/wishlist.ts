/**
 * The wishlist: one document per (user, product), newest first, at most 200 products. Adding a product is
 * an insert keyed by user and product, so repeating it (even concurrently) changes nothing.
 */
import { ApiError } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import { claim } from '../db/claims.ts';
import { maxWishlist } from '../schemas/profile.ts';
import type { WishlistDocument } from './documents.ts';

export function toWishlistItem(entry: WishlistDocument) {
  return { productId: entry.productId, addedAt: entry.addedAt.toISOString() };
}

const full = () => new ApiError(409, 'WISHLIST_FULL', `A wishlist can hold at most ${maxWishlist} products`);

export class Wishlists {
  readonly #entries: Collection<WishlistDocument>;

  constructor(db: Db) {
    this.#entries = db.collection<WishlistDocument>('wishlist');
  }

  async list(userId: string) {
    const docs = await this.#entries
      .find({ userId })
      .sort({ addedAt: -1, _id: -1 })
      .limit(maxWishlist)
      .toArray();
    return docs.map(toWishlistItem);
  }

  /** Adds the product; `added` is false when it was already there (nothing changed). */
  async add(userId: string, productId: string) {
    const _id = `${userId}:${productId}`;
    const existing = await this.#entries.findOne({ _id });
    if (existing) return { item: toWishlistItem(existing), added: false };
    if ((await this.#entries.countDocuments({ userId })) >= maxWishlist) throw full();
    const doc: WishlistDocument = { _id, userId, productId, addedAt: new Date() };
    if (!(await claim(this.#entries, doc))) {
      // A concurrent request added it a moment ago.
      const winner = await this.#entries.findOne({ _id });
      return { item: toWishlistItem(winner ?? doc), added: false };
    }
    if ((await this.#entries.countDocuments({ userId })) > maxWishlist) {
      await this.#entries.deleteOne({ _id });
      throw full();
    }
    return { item: toWishlistItem(doc), added: true };
  }

  /** Idempotent: removing a product that is not there is fine. */
  async remove(userId: string, productId: string): Promise<void> {
    await this.#entries.deleteOne({ _id: `${userId}:${productId}`, userId });
  }
}
