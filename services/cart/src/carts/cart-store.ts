/**
 * The carts collection (see documents.ts for why a cart is a series of versions). A change reads the
 * newest version, computes the new content and inserts the next version; when another change got there
 * first the insert fails on the duplicate `_id` and the change is applied again to the newer cart.
 * Older versions are deleted a minute after a newer one is in place.
 */
import { conflict, isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Db, IndexDescription } from 'mongodb';
import { type CartContent, type CartDocument, emptyContent } from './documents.ts';

const maxAttempts = 10;
/** Far longer than any change takes (a catalog read and two writes, bounded by their timeouts). */
const keepOldVersionsMs = 60_000;

export const cartIndexes: Record<string, IndexDescription[]> = {
  carts: [{ key: { cart: 1, version: -1 }, name: 'cart_versions' }],
};

export type CartChange = (current: CartContent) => CartContent;

export class CartStore {
  readonly carts: Collection<CartDocument>;

  constructor(db: Db) {
    this.carts = db.collection<CartDocument>('carts');
  }

  /** The cart: its newest version, or null when it has none. */
  find(cart: string): Promise<CartDocument | null> {
    return this.carts.findOne({ cart }, { sort: { version: -1 } });
  }

  /**
   * Applies `change` to the cart and returns the cart as written (or as found, when the change left it
   * alone). `change` must be pure: it may run more than once. Errors it throws propagate.
   */
  async update(cart: string, change: CartChange): Promise<CartDocument | null> {
    for (let attempt = 0; attempt < maxAttempts; attempt++) {
      const current = await this.find(cart);
      const next = change(current ? contentOf(current) : emptyContent());
      if (current ? sameContent(contentOf(current), next) : isEmpty(next)) return current;
      const written = await this.#write(cart, current, next);
      if (written) return written;
    }
    throw conflict('CART_BUSY', 'The cart is being changed by another request; try again');
  }

  /** Writes `content` only if `current` is still the newest version; false when the cart changed. */
  async replaceIfUnchanged(current: CartDocument, content: CartContent): Promise<boolean> {
    return (await this.#write(current.cart, current, content)) !== null;
  }

  /** Deletes every version of the cart. */
  async delete(cart: string): Promise<void> {
    await this.carts.deleteMany({ cart });
  }

  async #write(
    cart: string,
    current: CartDocument | null,
    content: CartContent,
  ): Promise<CartDocument | null> {
    const now = new Date();
    const version = (current?.version ?? 0) + 1;
    const doc: CartDocument = {
      _id: `${cart}#${version}`,
      cart,
      version,
      ...content,
      createdAt: current?.createdAt ?? now,
      updatedAt: now,
    };
    try {
      await this.carts.insertOne(doc);
    } catch (err) {
      if (isDuplicateKey(err)) return null;
      throw err;
    }
    // Older versions go once no change in flight can still be working from them: a change that read a
    // deleted version could otherwise insert into the gap it left.
    await this.carts.deleteMany({
      cart,
      version: { $lt: version },
      updatedAt: { $lt: new Date(now.getTime() - keepOldVersionsMs) },
    });
    return doc;
  }
}

export function contentOf(doc: CartDocument): CartContent {
  return { lines: doc.lines, coupon: doc.coupon, merged: doc.merged ?? [] };
}

function isEmpty(content: CartContent): boolean {
  return content.lines.length === 0 && content.coupon === null;
}

function sameContent(a: CartContent, b: CartContent): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
