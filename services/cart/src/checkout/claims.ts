/**
 * Checkout claims: the Idempotency-Key of each checkout, claimed with one insert (a unique `_id`), so of
 * any number of concurrent requests with one key exactly one runs the checkout.
 *
 * Each run of a claim is an attempt document (`<claim>#<generation>#<n>`), written only by the request
 * that runs it: how far it got (its stage) and, once final, the order it asks for. A pending attempt
 * older than two minutes belongs to a process that died; another request takes the claim over by
 * inserting attempt n+1 (again one insert, so one taker wins), carrying on from the `ordering` stage
 * (the order request is final) or starting afresh. Inserts are the writes FerretDB 1.24 (SQLite) keeps
 * atomic under concurrency; its conditional updates are not.
 */
import { randomUUID } from 'node:crypto';
import { isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Db, IndexDescription } from 'mongodb';
import type { OrderRequest } from '../dependencies/order.ts';
import type { CheckoutResultBody } from '../schemas/checkout.ts';
import { claimId } from './keys.ts';

/** A pending attempt older than this belongs to a process that died: another request may take it over. */
export const staleClaimMs = 2 * 60_000;

export interface CheckoutClaimDocument {
  /** `<userId>:<Idempotency-Key>`. */
  _id: string;
  userId: string;
  fingerprint: string;
  /** New each time the key is claimed afresh (after a failed checkout freed it). */
  generation: string;
  createdAt: Date;
}

export type AttemptStage = 'preparing' | 'ordering' | 'completed';

export interface CheckoutAttemptDocument {
  /** `<claim>#<generation>#<n>`. */
  _id: string;
  claim: string;
  generation: string;
  n: number;
  /** The stock reservation's id and the order's checkoutId. */
  checkoutId: string;
  startedAt: Date;
  /** `ordering`: stock reserved, coupon redeemed, `orderRequest` final. */
  stage: AttemptStage;
  orderRequest: OrderRequest | null;
  result: CheckoutResultBody | null;
  finishedAt: Date | null;
}

export interface Attempt {
  readonly id: string;
  readonly claim: string;
  readonly generation: string;
  readonly n: number;
  readonly checkoutId: string;
}

export type ClaimOutcome =
  | { kind: 'claimed'; attempt: Attempt }
  | {
      kind: 'taken_over';
      attempt: Attempt;
      previous: CheckoutAttemptDocument | null;
      orderRequest: OrderRequest | null;
    }
  | { kind: 'completed'; result: CheckoutResultBody }
  | { kind: 'in_progress' }
  | { kind: 'key_reused' };

export const claimIndexes: Record<string, IndexDescription[]> = {
  checkout_attempts: [{ key: { claim: 1, generation: 1, n: -1 }, name: 'claim_attempts' }],
};

export class CheckoutClaims {
  readonly claims: Collection<CheckoutClaimDocument>;
  readonly attempts: Collection<CheckoutAttemptDocument>;

  constructor(db: Db) {
    this.claims = db.collection<CheckoutClaimDocument>('checkouts');
    this.attempts = db.collection<CheckoutAttemptDocument>('checkout_attempts');
  }

  async claim(userId: string, key: string, bodyFingerprint: string, now = new Date()): Promise<ClaimOutcome> {
    const id = claimId(userId, key);
    const generation = randomUUID();
    try {
      await this.claims.insertOne({
        _id: id,
        userId,
        fingerprint: bodyFingerprint,
        generation,
        createdAt: now,
      });
      return { kind: 'claimed', attempt: await this.#start(id, generation, 1, now, randomUUID(), null) };
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
    }
    const claim = await this.claims.findOne({ _id: id });
    // Freed between the insert and this read (the first request failed): the request may be repeated.
    if (!claim) return { kind: 'in_progress' };
    if (claim.fingerprint !== bodyFingerprint) return { kind: 'key_reused' };
    const of = { claim: id, generation: claim.generation };
    const completed = await this.attempts.findOne({ ...of, stage: 'completed' });
    if (completed?.result) return { kind: 'completed', result: completed.result };
    const latest = await this.attempts.findOne(of, { sort: { n: -1 } });
    const since = latest?.startedAt ?? claim.createdAt;
    if (now.getTime() - since.getTime() < staleClaimMs) return { kind: 'in_progress' };
    // The takeover's course is fixed in the insert: a dead attempt that reached `ordering` is carried on
    // with its checkout id and order request; anything earlier starts afresh under a new checkout id.
    const forward = latest?.stage === 'ordering' && latest.orderRequest !== null ? latest : null;
    try {
      const attempt = await this.#start(
        id,
        claim.generation,
        (latest?.n ?? 0) + 1,
        now,
        forward?.checkoutId ?? randomUUID(),
        forward?.orderRequest ?? null,
      );
      return { kind: 'taken_over', attempt, previous: latest, orderRequest: forward?.orderRequest ?? null };
    } catch (err) {
      if (isDuplicateKey(err)) return { kind: 'in_progress' };
      throw err;
    }
  }

  async #start(
    claim: string,
    generation: string,
    n: number,
    now: Date,
    checkoutId: string,
    orderRequest: OrderRequest | null,
  ): Promise<Attempt> {
    const attempt: Attempt = { id: `${claim}#${generation}#${n}`, claim, generation, n, checkoutId };
    await this.attempts.insertOne({
      _id: attempt.id,
      claim,
      generation,
      n,
      checkoutId,
      startedAt: now,
      stage: orderRequest ? 'ordering' : 'preparing',
      orderRequest,
      result: null,
      finishedAt: null,
    });
    return attempt;
  }

  /** The order request is final: a request taking the claim over will create exactly this order. */
  async ordering(attempt: Attempt, orderRequest: OrderRequest): Promise<void> {
    await this.attempts.updateOne({ _id: attempt.id }, { $set: { stage: 'ordering', orderRequest } });
  }

  /** The attempt that took this one over, if any. */
  successor(attempt: Attempt): Promise<CheckoutAttemptDocument | null> {
    return this.attempts.findOne({ claim: attempt.claim, generation: attempt.generation, n: attempt.n + 1 });
  }

  async complete(attempt: Attempt, result: CheckoutResultBody): Promise<void> {
    await this.attempts.updateOne(
      { _id: attempt.id },
      { $set: { stage: 'completed', result, finishedAt: new Date() } },
    );
  }

  /** Frees the key after a failed checkout, so the shopper can try again with it. */
  async release(attempt: Attempt): Promise<void> {
    await this.claims.deleteOne({ _id: attempt.claim, generation: attempt.generation });
    await this.attempts.deleteMany({ claim: attempt.claim, generation: attempt.generation });
  }
}
