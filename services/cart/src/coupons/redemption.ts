/**
 * Redeeming a coupon at checkout, atomically without transactions or counters (see documents.ts): one
 * slot of the customer's limit, then one of the coupon's total. A failing second step gives the first
 * back. Every redemption carries its checkout id, so compensation, also after a crash, gives back
 * exactly what one checkout took.
 */
import { randomUUID } from 'node:crypto';
import type { Collection, Db, IndexDescription } from 'mongodb';
import type { CouponDocument, RedemptionDocument } from './documents.ts';
import { claimSlot } from './slots.ts';

export type RedeemOutcome = 'redeemed' | 'total_limit' | 'user_limit';

export const redemptionIndexes: Record<string, IndexDescription[]> = {
  coupon_redemptions: [
    { key: { code: 1 }, name: 'code' },
    { key: { checkoutId: 1 }, name: 'checkout' },
  ],
  coupon_user_redemptions: [
    { key: { code: 1, userId: 1 }, name: 'code_user' },
    { key: { checkoutId: 1 }, name: 'checkout' },
  ],
};

export class CouponRedemptions {
  readonly total: Collection<RedemptionDocument>;
  readonly perUser: Collection<RedemptionDocument>;

  constructor(db: Db) {
    this.total = db.collection<RedemptionDocument>('coupon_redemptions');
    this.perUser = db.collection<RedemptionDocument>('coupon_user_redemptions');
  }

  /** Redemptions of a coupon so far. */
  used(code: string): Promise<number> {
    return this.total.countDocuments({ code });
  }

  /** Redemptions of a coupon by one customer. */
  usedBy(code: string, userId: string): Promise<number> {
    return this.perUser.countDocuments({ code, userId });
  }

  /** Redemptions of several coupons, by code ($group with $sum, which FerretDB supports). */
  async usedOf(codes: readonly string[]): Promise<Map<string, number>> {
    if (codes.length === 0) return new Map();
    const counts = await this.total
      .aggregate<{ _id: string; count: number }>([
        { $match: { code: { $in: [...codes] } } },
        { $group: { _id: '$code', count: { $sum: 1 } } },
      ])
      .toArray();
    return new Map(counts.map((c) => [c._id, c.count]));
  }

  async redeem(coupon: CouponDocument, userId: string, checkoutId: string): Promise<RedeemOutcome> {
    const code = coupon._id;
    const fields = { code, userId, checkoutId, at: new Date() };
    const userSlot = await claimSlot({
      collection: this.perUser,
      prefix: `${code}:${userId}`,
      group: { code, userId },
      limit: coupon.perUserLimit,
      fields,
    });
    if (userSlot === null) return 'user_limit';
    if (coupon.usageLimit === null) {
      await this.total.insertOne({ _id: `${code}#${checkoutId}:${randomUUID()}`, n: null, ...fields });
      return 'redeemed';
    }
    const slot = await claimSlot({
      collection: this.total,
      prefix: code,
      group: { code },
      limit: coupon.usageLimit,
      fields,
    });
    if (slot === null) {
      await this.perUser.deleteOne({ _id: userSlot });
      return 'total_limit';
    }
    return 'redeemed';
  }

  /** Compensation: gives back whatever the checkout redeemed (nothing, if it redeemed nothing). */
  async giveBack(checkoutId: string): Promise<void> {
    await this.total.deleteMany({ checkoutId });
    await this.perUser.deleteMany({ checkoutId });
  }
}
