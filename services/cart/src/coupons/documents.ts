/**
 * How coupons and their redemptions are stored, and how a stored coupon becomes an API response.
 *
 * Redemptions are documents, not counters: FerretDB 1.24 (SQLite) loses concurrent `$inc`s on one
 * document (it reads, changes and writes back the whole document), while a unique `_id` is enforced
 * under any concurrency. A coupon limited to N uses has N numbered slots (`<code>#<n>`); a customer
 * limited to K uses has K (`<code>:<userId>#<k>`). Redeeming inserts a free slot, giving back deletes it.
 */
import { money } from '../money.ts';
import type { CouponBody } from '../schemas/coupon.ts';

export type CouponKind = 'percentage' | 'fixed';

export interface CouponDocument {
  /** The code, upper case. */
  _id: string;
  description: string;
  kind: CouponKind;
  /** percentage: 1..90. */
  percentOff: number | null;
  /** percentage: cap in minor units. */
  maxDiscount: number | null;
  /** fixed: minor units. */
  amountOff: number | null;
  /** Minor units; 0 for none. */
  minOrder: number;
  startsAt: Date | null;
  expiresAt: Date | null;
  /** Total redemptions allowed; null: unlimited. */
  usageLimit: number | null;
  perUserLimit: number;
  active: boolean;
  createdAt: Date;
  updatedAt: Date;
}

/** One redemption, counted against the coupon's total (`coupon_redemptions`) or a customer's (`coupon_user_redemptions`). */
export interface RedemptionDocument {
  /** The slot: `<code>#<n>` (or `<code>#<checkoutId>` when unlimited), `<code>:<userId>#<k>` per customer. */
  _id: string;
  code: string;
  userId: string;
  /** Which checkout redeemed it: compensation gives back a checkout's redemptions by this. */
  checkoutId: string;
  /** Slot number; null for unlimited coupons. */
  n: number | null;
  at: Date;
}

export function toCoupon(doc: CouponDocument, used: number): CouponBody {
  return {
    code: doc._id,
    description: doc.description,
    kind: doc.kind,
    percentOff: doc.percentOff,
    maxDiscount: doc.maxDiscount === null ? null : money(doc.maxDiscount),
    amountOff: doc.amountOff === null ? null : money(doc.amountOff),
    minOrder: money(doc.minOrder),
    startsAt: doc.startsAt?.toISOString() ?? null,
    expiresAt: doc.expiresAt?.toISOString() ?? null,
    usageLimit: doc.usageLimit,
    perUserLimit: doc.perUserLimit,
    active: doc.active,
    used,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}
