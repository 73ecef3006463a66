/**
 * The coupons collection: what admins manage. Coupon rules are in rules.ts; redemption, the one write
 * checkout makes, is in redemption.ts.
 */
import { badRequest, conflict, isDuplicateKey, notFound } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import type { CouponBody, CouponCreate, CouponPatch } from '../schemas/coupon.ts';
import { type CouponDocument, toCoupon } from './documents.ts';
import type { CouponRedemptions } from './redemption.ts';
import { type CouponRejection, couponRejection, discountFor } from './rules.ts';

export type CouponEvaluation =
  | { coupon: CouponDocument; rejection: null; discount: number }
  | { coupon: CouponDocument | null; rejection: CouponRejection };

export class CouponStore {
  readonly coupons: Collection<CouponDocument>;
  readonly redemptions: CouponRedemptions;

  constructor(db: Db, redemptions: CouponRedemptions) {
    this.coupons = db.collection<CouponDocument>('coupons');
    this.redemptions = redemptions;
  }

  find(code: string): Promise<CouponDocument | null> {
    return this.coupons.findOne({ _id: code });
  }

  /**
   * Whether the coupon applies to a subtotal now, and its discount if so. `userId` adds the customer's
   * own limit (guests have none yet; checkout checks again).
   */
  async evaluate(code: string, subtotal: number, userId?: string): Promise<CouponEvaluation> {
    const [coupon, used, userUses] = await Promise.all([
      this.find(code),
      this.redemptions.used(code),
      userId === undefined ? undefined : this.redemptions.usedBy(code, userId),
    ]);
    const rejection = couponRejection(code, coupon, { subtotal, now: new Date(), used, userUses });
    if (rejection || !coupon) {
      return {
        coupon,
        rejection: rejection ?? {
          status: 404,
          code: 'COUPON_NOT_FOUND',
          message: `There is no coupon ${code}`,
        },
      };
    }
    return { coupon, rejection: null, discount: discountFor(coupon, subtotal) };
  }

  /** The coupon as admins see it, with its redemptions so far. */
  async describe(code: string): Promise<CouponBody | null> {
    const coupon = await this.find(code);
    return coupon ? toCoupon(coupon, await this.redemptions.used(code)) : null;
  }

  async list(
    limit: number,
    after: string | undefined,
  ): Promise<{ items: CouponBody[]; nextAfter: string | null }> {
    const docs = await this.coupons
      .find(after ? { _id: { $gt: after } } : {})
      .sort({ _id: 1 })
      .limit(limit + 1)
      .toArray();
    const page = docs.slice(0, limit);
    const used = await this.redemptions.usedOf(page.map((d) => d._id));
    return {
      items: page.map((d) => toCoupon(d, used.get(d._id) ?? 0)),
      nextAfter: docs.length > limit ? (page.at(-1)?._id ?? null) : null,
    };
  }

  async create(input: CouponCreate, now = new Date()): Promise<CouponBody> {
    const doc: CouponDocument = checked({
      _id: input.code,
      description: input.description,
      kind: input.kind,
      percentOff: input.percentOff ?? null,
      maxDiscount: input.maxDiscount?.amount ?? null,
      amountOff: input.amountOff?.amount ?? null,
      minOrder: input.minOrder?.amount ?? 0,
      startsAt: input.startsAt ? new Date(input.startsAt) : null,
      expiresAt: input.expiresAt ? new Date(input.expiresAt) : null,
      usageLimit: input.usageLimit ?? null,
      perUserLimit: input.perUserLimit ?? 1,
      active: input.active ?? true,
      createdAt: now,
      updatedAt: now,
    });
    try {
      await this.coupons.insertOne(doc);
    } catch (err) {
      if (isDuplicateKey(err)) {
        throw conflict('COUPON_EXISTS', `A coupon ${input.code} already exists`);
      }
      throw err;
    }
    // A code deleted and created again keeps its redemptions: they are its history.
    return toCoupon(doc, await this.redemptions.used(doc._id));
  }

  /**
   * Changes the given fields; the result must still be a consistent coupon. The whole checked coupon is
   * written, so two admins editing at once end with one admin's consistent version, never a mix.
   */
  async update(code: string, patch: CouponPatch): Promise<CouponBody> {
    const current = await this.find(code);
    if (!current) throw notFound('COUPON_NOT_FOUND', `There is no coupon ${code}`);
    const { _id, createdAt, ...next } = checked({
      ...current,
      ...fieldsOf(patch, current),
      updatedAt: new Date(),
    });
    const result = await this.coupons.updateOne({ _id: code }, { $set: next });
    if (result.matchedCount === 0) throw notFound('COUPON_NOT_FOUND', `There is no coupon ${code}`);
    return toCoupon({ _id, createdAt, ...next }, await this.redemptions.used(code));
  }

  /** Deletes the coupon. Its redemptions stay: a coupon created again with the same code keeps its limits. */
  async delete(code: string): Promise<void> {
    const result = await this.coupons.deleteOne({ _id: code });
    if (result.deletedCount === 0) throw notFound('COUPON_NOT_FOUND', `There is no coupon ${code}`);
  }
}

function fieldsOf(patch: CouponPatch, current: CouponDocument): Partial<CouponDocument> {
  const fields: Partial<CouponDocument> = {};
  // Switching kind drops the other kind's amounts unless the patch sets them (which checked() refuses).
  if (patch.kind === 'fixed' && current.kind === 'percentage') {
    fields.percentOff = null;
    fields.maxDiscount = null;
  }
  if (patch.kind === 'percentage' && current.kind === 'fixed') fields.amountOff = null;
  if (patch.description !== undefined) fields.description = patch.description;
  if (patch.kind !== undefined) fields.kind = patch.kind;
  if (patch.percentOff !== undefined) fields.percentOff = patch.percentOff;
  if (patch.maxDiscount !== undefined) fields.maxDiscount = patch.maxDiscount?.amount ?? null;
  if (patch.amountOff !== undefined) fields.amountOff = patch.amountOff?.amount ?? null;
  if (patch.minOrder !== undefined) fields.minOrder = patch.minOrder.amount;
  if (patch.startsAt !== undefined)
    fields.startsAt = patch.startsAt === null ? null : new Date(patch.startsAt);
  if (patch.expiresAt !== undefined)
    fields.expiresAt = patch.expiresAt === null ? null : new Date(patch.expiresAt);
  if (patch.usageLimit !== undefined) fields.usageLimit = patch.usageLimit;
  if (patch.perUserLimit !== undefined) fields.perUserLimit = patch.perUserLimit;
  if (patch.active !== undefined) fields.active = patch.active;
  return fields;
}

/** Rules across fields that a schema can't express; a broken coupon is a 400 naming the field. */
function checked(doc: CouponDocument): CouponDocument {
  const problem = (path: string, message: string) =>
    badRequest('INVALID_COUPON', `${path.slice(1)} ${message}`, [{ in: 'body', path, message }]);
  if (doc.kind === 'percentage') {
    if (doc.percentOff === null) throw problem('/percentOff', 'is required for a percentage coupon');
    if (doc.amountOff !== null) throw problem('/amountOff', 'is only for fixed coupons; use percentOff');
  } else {
    if (doc.amountOff === null) throw problem('/amountOff', 'is required for a fixed coupon');
    if (doc.percentOff !== null)
      throw problem('/percentOff', 'is only for percentage coupons; use amountOff');
    if (doc.maxDiscount !== null) throw problem('/maxDiscount', 'is only for percentage coupons');
  }
  if (doc.startsAt && doc.expiresAt && doc.startsAt >= doc.expiresAt) {
    throw problem('/expiresAt', 'must be after startsAt');
  }
  return doc;
}
