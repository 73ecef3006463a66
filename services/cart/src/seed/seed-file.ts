/**
 * The seed coupons file (coupons.json): its schema, and reading it with validation. Dates are relative
 * to the day of seeding (`expiresInDays`), so the seeded coupons are valid (or expired) whenever it runs.
 * Amounts are paise.
 */
import { readSeedFile } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { couponCodePattern } from '../schemas/common.ts';

const Paise = Type.Integer({ minimum: 0, maximum: 1_000_000_000 });

const SeedCoupon = Type.Object(
  {
    code: Type.String({ pattern: couponCodePattern }),
    description: Type.String({ minLength: 1, maxLength: 200 }),
    kind: Type.Union([Type.Literal('percentage'), Type.Literal('fixed')]),
    percentOff: Type.Optional(Type.Integer({ minimum: 1, maximum: 90 })),
    maxDiscount: Type.Optional(Paise),
    amountOff: Type.Optional(Paise),
    minOrder: Paise,
    startsInDays: Type.Optional(Type.Integer()),
    expiresInDays: Type.Optional(Type.Integer()),
    usageLimit: Type.Optional(Type.Integer({ minimum: 1 })),
    perUserLimit: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);

export const SeedCoupons = Type.Object(
  { coupons: Type.Array(SeedCoupon, { minItems: 1 }) },
  { additionalProperties: false },
);

export type SeedCoupons = Static<typeof SeedCoupons>;
export type SeedCoupon = Static<typeof SeedCoupon>;

export const defaultSeedFile = new URL('./coupons.json', import.meta.url);

export async function readSeedCoupons(file: URL = defaultSeedFile): Promise<SeedCoupons> {
  const seed = await readSeedFile(SeedCoupons, file, 'seed coupon file');
  const seen = new Set<string>();
  for (const coupon of seed.coupons) {
    if (seen.has(coupon.code)) throw new Error(`seed coupons have a duplicate code ${coupon.code}`);
    seen.add(coupon.code);
    const percentage = coupon.kind === 'percentage';
    if (percentage !== (coupon.percentOff !== undefined) || percentage === (coupon.amountOff !== undefined)) {
      throw new Error(`seed coupon ${coupon.code}: percentage coupons take percentOff, fixed ones amountOff`);
    }
  }
  return seed;
}
