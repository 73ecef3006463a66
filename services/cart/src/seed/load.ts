/**
 * Loads the seed coupons into the cart database. Each seed coupon is replaced by its seed version (so
 * `make seed` restores them; their redemptions are history and stay); with `ifEmpty` nothing happens
 * when coupons exist (so `make up` never overwrites what an admin changed).
 */
import type { Db } from 'mongodb';
import type { CouponDocument } from '../coupons/documents.ts';
import type { SeedCoupon, SeedCoupons } from './seed-file.ts';

const dayMs = 24 * 60 * 60 * 1000;

export interface SeedResult {
  skipped: boolean;
  coupons: number;
}

export function couponFromSeed(seed: SeedCoupon, now: Date): Omit<CouponDocument, '_id'> {
  const inDays = (days: number | undefined) =>
    days === undefined ? null : new Date(now.getTime() + days * dayMs);
  return {
    description: seed.description,
    kind: seed.kind,
    percentOff: seed.percentOff ?? null,
    maxDiscount: seed.maxDiscount ?? null,
    amountOff: seed.amountOff ?? null,
    minOrder: seed.minOrder,
    startsAt: inDays(seed.startsInDays),
    expiresAt: inDays(seed.expiresInDays),
    usageLimit: seed.usageLimit ?? null,
    perUserLimit: seed.perUserLimit ?? 1,
    active: true,
    createdAt: now,
    updatedAt: now,
  };
}

export async function loadSeedCoupons(
  db: Db,
  seed: SeedCoupons,
  { ifEmpty = false } = {},
): Promise<SeedResult> {
  const coupons = db.collection<CouponDocument>('coupons');
  if (ifEmpty && (await coupons.estimatedDocumentCount()) > 0) return { skipped: true, coupons: 0 };
  const now = new Date();
  // A handful of coupons: one write each stays far below FerretDB's limit for bulk writes.
  for (const coupon of seed.coupons) {
    await coupons.replaceOne({ _id: coupon.code }, couponFromSeed(coupon, now), { upsert: true });
  }
  return { skipped: false, coupons: seed.coupons.length };
}
