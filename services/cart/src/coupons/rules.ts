/**
 * A coupon's rules, as pure functions: whether it applies to a cart right now, and how much it takes off.
 * Applying a coupon and checkout both use them; checkout then redeems atomically (redemption.ts), which
 * settles the races a check made by reading cannot.
 */
import { ApiError } from '@emporium/service-kit';
import { formatRupees } from '../money.ts';
import type { CouponDocument } from './documents.ts';

export interface CouponContext {
  /** The cart's subtotal, minor units. */
  subtotal: number;
  now: Date;
  /** Redemptions of the coupon so far. */
  used: number;
  /** How often this customer redeemed the coupon; undefined for guests (checked again at checkout). */
  userUses?: number | undefined;
}

export interface CouponRejection {
  status: 404 | 422;
  code:
    | 'COUPON_NOT_FOUND'
    | 'COUPON_NOT_YET_ACTIVE'
    | 'COUPON_EXPIRED'
    | 'COUPON_USAGE_LIMIT_REACHED'
    | 'COUPON_MIN_ORDER_NOT_MET';
  message: string;
}

/** Why the coupon does not apply, or null when it does. */
export function couponRejection(
  code: string,
  coupon: CouponDocument | null,
  { subtotal, now, used, userUses }: CouponContext,
): CouponRejection | null {
  // An inactive coupon is answered like a missing one: codes being prepared don't leak.
  if (!coupon?.active) {
    return { status: 404, code: 'COUPON_NOT_FOUND', message: `There is no coupon ${code}` };
  }
  if (coupon.startsAt && coupon.startsAt > now) {
    return {
      status: 422,
      code: 'COUPON_NOT_YET_ACTIVE',
      message: `${code} can be used from ${coupon.startsAt.toISOString().slice(0, 10)}`,
    };
  }
  if (coupon.expiresAt && coupon.expiresAt <= now) {
    return { status: 422, code: 'COUPON_EXPIRED', message: `${code} has expired` };
  }
  if (coupon.usageLimit !== null && used >= coupon.usageLimit) {
    return { status: 422, code: 'COUPON_USAGE_LIMIT_REACHED', message: `${code} has been fully redeemed` };
  }
  if (userUses !== undefined && userUses >= coupon.perUserLimit) {
    return {
      status: 422,
      code: 'COUPON_USAGE_LIMIT_REACHED',
      message: `You have already used ${code}${coupon.perUserLimit > 1 ? ` ${coupon.perUserLimit} times` : ''}`,
    };
  }
  if (subtotal < coupon.minOrder) {
    return {
      status: 422,
      code: 'COUPON_MIN_ORDER_NOT_MET',
      message: `Add ${formatRupees(coupon.minOrder - subtotal)} more to use ${code} (minimum order ${formatRupees(coupon.minOrder)})`,
    };
  }
  return null;
}

/** The discount on `subtotal`, minor units: never more than the subtotal, rounded down to the paisa. */
export function discountFor(coupon: CouponDocument, subtotal: number): number {
  let discount = 0;
  if (coupon.kind === 'percentage' && coupon.percentOff !== null) {
    discount = Math.floor((subtotal * coupon.percentOff) / 100);
    if (coupon.maxDiscount !== null) discount = Math.min(discount, coupon.maxDiscount);
  } else if (coupon.kind === 'fixed' && coupon.amountOff !== null) {
    discount = coupon.amountOff;
  }
  return Math.max(0, Math.min(discount, subtotal));
}

export function rejectionError(rejection: CouponRejection): ApiError {
  return new ApiError(rejection.status, rejection.code, rejection.message);
}
