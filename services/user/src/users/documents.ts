/**
 * How accounts, addresses and wishlist entries are stored. Addresses and wishlist entries are documents of
 * their own, so adding, changing or removing one is an insert, a single-document update or a delete, and
 * never a read-modify-write of a shared list (which concurrent requests could overwrite, see db/claims.ts).
 */
import type { UserBody } from '../schemas/common.ts';

export type UserType = 'customer' | 'seller' | 'admin';

export interface UserDocument {
  _id: string;
  type: UserType;
  name: string;
  /** Lower-cased. Unique per user type. */
  email: string;
  phone: string | null;
  /**
   * The phone, or `none:<id>` without one: unique per user type under a plain unique index, because
   * FerretDB has no partial indexes to skip the accounts without a phone.
   */
  phoneKey: string;
  /** scrypt$N$r$p$salt$hash; null for an account that signs in with one-time codes only. */
  passwordHash: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface AddressDocument {
  _id: string;
  userId: string;
  name: string;
  phone: string;
  line1: string;
  line2: string;
  landmark: string;
  city: string;
  state: string;
  pincode: string;
  /** When this address was made the default; the latest one is the default (see addresses.ts). */
  defaultSince: Date | null;
  createdAt: Date;
  updatedAt: Date;
}

export interface WishlistDocument {
  /** `<userId>:<productId>`: adding a product twice collides instead of duplicating it. */
  _id: string;
  userId: string;
  productId: string;
  addedAt: Date;
}

export function phoneKey(id: string, phone: string | null): string {
  return phone ?? `none:${id}`;
}

export function toUser(doc: Pick<UserDocument, '_id' | 'type' | 'name' | 'email' | 'phone'>): UserBody {
  return { id: doc._id, type: doc.type, name: doc.name, email: doc.email, phone: doc.phone };
}
