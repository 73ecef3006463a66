/**
 * Numbered slots: at most `limit` documents per group, enforced by unique `_id`s (`<prefix>#<n>`, n in
 * 1..limit), so any number of concurrent claims for the last slot leave exactly one winner. The next
 * number is tried first; when it is taken (a concurrent claim, or a gap left by a slot given back),
 * the free numbers are read and one of the first few is tried, picked at random so concurrent
 * claimers spread out instead of colliding again.
 */
import { conflict, isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Filter } from 'mongodb';
import type { RedemptionDocument } from './documents.ts';

const maxAttempts = 40;
const spread = 8;

export interface SlotClaim {
  collection: Collection<RedemptionDocument>;
  prefix: string;
  /** The group's existing slots. */
  group: Filter<RedemptionDocument>;
  limit: number;
  fields: Omit<RedemptionDocument, '_id' | 'n'>;
}

/** The claimed slot's `_id`, or null when all `limit` slots are taken. */
export async function claimSlot({
  collection,
  prefix,
  group,
  limit,
  fields,
}: SlotClaim): Promise<string | null> {
  let candidate: number | null = (await collection.countDocuments(group)) + 1;
  for (let attempt = 0; attempt < maxAttempts; attempt++) {
    if (candidate === null || candidate > limit) candidate = await freeSlot(collection, group, limit);
    if (candidate === null) return null;
    const _id = `${prefix}#${candidate}`;
    try {
      await collection.insertOne({ _id, n: candidate, ...fields });
      return _id;
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      candidate = null;
    }
  }
  throw conflict('COUPON_BUSY', 'Many shoppers are using this coupon right now; try again');
}

async function freeSlot(
  collection: Collection<RedemptionDocument>,
  group: Filter<RedemptionDocument>,
  limit: number,
): Promise<number | null> {
  const taken = new Set((await collection.find(group, { projection: { n: 1 } }).toArray()).map((d) => d.n));
  const free: number[] = [];
  for (let n = 1; n <= limit && free.length < spread; n++) if (!taken.has(n)) free.push(n);
  if (free.length === 0) return null;
  return free[Math.floor(Math.random() * free.length)] ?? null;
}
