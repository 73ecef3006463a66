/**
 * How carts are stored. Each line keeps a snapshot of what the shopper saw, for price-change notices and
 * for showing the cart while the product service is down.
 *
 * A cart is a series of versions, one document each (`<owner>#<version>`); the newest is the cart. A
 * change inserts the next version, and the unique `_id` makes two changes made from the same version
 * collide, so one of them retries on the new one. Inserting is the one write FerretDB 1.24 (SQLite)
 * makes atomic under concurrency: its updates read and write back the whole document, so concurrent
 * conditional updates both "succeed" and one is lost.
 */

export interface StoredLine {
  productId: string;
  quantity: number;
  /** Snapshot when the line was added or last acknowledged. */
  name: string;
  image: string | null;
  /** Minor units. */
  unitPrice: number;
  currency: string;
  addedAt: Date;
}

export interface StoredCoupon {
  code: string;
  appliedAt: Date;
}

/** A guest cart (and its version) already merged into this one, so a repeated merge adds nothing. */
export interface MergedCart {
  cartId: string;
  version: number;
}

/** The part of a cart a change may touch. */
export interface CartContent {
  lines: StoredLine[];
  coupon: StoredCoupon | null;
  merged: MergedCart[];
}

export interface CartDocument extends CartContent {
  /** `<cart>#<version>`. */
  _id: string;
  /** `customer:<userId>` or `guest:<guestId>` (owner.ts). */
  cart: string;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

export const emptyContent = (): CartContent => ({ lines: [], coupon: null, merged: [] });
