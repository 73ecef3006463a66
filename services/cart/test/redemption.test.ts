/**
 * Coupon redemption against the database directly: the limits hold under concurrency, and giving back
 * frees exactly one checkout's redemptions.
 */
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { beforeAll, describe, expect, it } from 'vitest';
import type { CouponDocument } from '../src/coupons/documents.ts';
import { CouponRedemptions } from '../src/coupons/redemption.ts';
import { couponDocument } from './support/fixtures.ts';

const db = useTestDatabase(import.meta.url);
let redemptions: CouponRedemptions;

beforeAll(() => {
  redemptions = new CouponRedemptions(db.client.db(db.name));
});

let counter = 0;
function coupon(fields: Partial<Omit<CouponDocument, '_id'>> = {}): CouponDocument {
  return couponDocument(`RDM${counter++}${Date.now().toString(36).toUpperCase().slice(-4)}`, fields);
}

function tally(outcomes: string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const o of outcomes) counts[o] = (counts[o] ?? 0) + 1;
  return counts;
}

describe('coupon redemption', () => {
  it('lets exactly one of 20 concurrent customers redeem a coupon with one use left', async () => {
    for (let round = 0; round < 3; round++) {
      const c = coupon({ usageLimit: 1 });
      const outcomes = await Promise.all(
        Array.from({ length: 20 }, (_, i) => redemptions.redeem(c, `user-${round}-${i}`, randomUUID())),
      );
      expect(tally(outcomes)).toEqual({ redeemed: 1, total_limit: 19 });
      expect(await redemptions.used(c._id)).toBe(1);
      // The losers took their per-customer slot back.
      expect(await redemptions.perUser.countDocuments({ code: c._id })).toBe(1);
    }
  });

  it('lets exactly N of many concurrent customers redeem a coupon limited to N', async () => {
    const c = coupon({ usageLimit: 7 });
    const outcomes = await Promise.all(
      Array.from({ length: 25 }, (_, i) => redemptions.redeem(c, `user-${i}`, randomUUID())),
    );
    expect(tally(outcomes)).toEqual({ redeemed: 7, total_limit: 18 });
    expect(await redemptions.used(c._id)).toBe(7);
  });

  it("holds one customer's limit under concurrency", async () => {
    const c = coupon({ perUserLimit: 2 });
    const outcomes = await Promise.all(
      Array.from({ length: 10 }, () => redemptions.redeem(c, 'same-user', randomUUID())),
    );
    expect(tally(outcomes)).toEqual({ redeemed: 2, user_limit: 8 });
    expect(await redemptions.usedBy(c._id, 'same-user')).toBe(2);
    expect(await redemptions.redeem(c, 'another-user', randomUUID())).toBe('redeemed');
  });

  it("gives back exactly one checkout's redemptions, and the freed slot is used again", async () => {
    const c = coupon({ usageLimit: 3, perUserLimit: 3 });
    const checkouts = [randomUUID(), randomUUID(), randomUUID()];
    for (const id of checkouts) expect(await redemptions.redeem(c, 'u1', id)).toBe('redeemed');
    expect(await redemptions.redeem(c, 'u2', randomUUID())).toBe('total_limit');
    await redemptions.giveBack(checkouts[1] as string);
    await redemptions.giveBack(checkouts[1] as string);
    expect(await redemptions.used(c._id)).toBe(2);
    expect(await redemptions.usedBy(c._id, 'u1')).toBe(2);
    // The hole in the middle (slot 2) is found and filled.
    expect(await redemptions.redeem(c, 'u2', randomUUID())).toBe('redeemed');
    expect(await redemptions.redeem(c, 'u3', randomUUID())).toBe('total_limit');
    expect((await redemptions.usedOf([c._id, 'NONE'])).get(c._id)).toBe(3);
  });

  it('counts unlimited coupons without a limit', async () => {
    const c = coupon({ usageLimit: null, perUserLimit: 1000 });
    const outcomes = await Promise.all(
      Array.from({ length: 12 }, () => redemptions.redeem(c, 'u', randomUUID())),
    );
    expect(tally(outcomes)).toEqual({ redeemed: 12 });
    expect(await redemptions.used(c._id)).toBe(12);
  });
});
