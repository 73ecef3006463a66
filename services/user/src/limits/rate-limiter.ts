/**
 * Rate limits kept in the database, so they hold across replicas. A window's budget of `max` uses is `max`
 * numbered slots (`<bucket>:<key hash>:<window start>:<n>`), and a use claims the next free one with an
 * insert (db/claims.ts): under any concurrency exactly `max` uses get through, which `$inc` on a counter
 * would not guarantee on FerretDB. Once the slots are taken, requests are refused without writing. There
 * are no TTL indexes in FerretDB: each slot carries its expiry and the sweeper deletes old ones.
 */
import { createHash } from 'node:crypto';
import { ApiError } from '@emporium/service-kit';
import type { Collection, Db } from 'mongodb';
import { claim } from '../db/claims.ts';

export interface RateLimitHitDocument {
  _id: string;
  key: string;
  expiresAt: Date;
}

export interface Limit {
  /** What is limited, for example `otp-identity`. */
  bucket: string;
  /** Who is limited: an email, a phone, an IP (stored hashed). */
  key: string;
  max: number;
  windowSeconds: number;
}

export function rateLimitHitsCollection(db: Db): Collection<RateLimitHitDocument> {
  return db.collection<RateLimitHitDocument>('rate_limit_hits');
}

export class RateLimiter {
  readonly #hits: Collection<RateLimitHitDocument>;

  constructor(db: Db) {
    this.#hits = rateLimitHitsCollection(db);
  }

  /** Counts one use; throws 429 RATE_LIMITED with Retry-After when the window's budget is spent. */
  async hit(limit: Limit, now = Date.now()): Promise<void> {
    const windowMs = limit.windowSeconds * 1000;
    const windowStart = Math.floor(now / windowMs) * windowMs;
    const windowEnd = windowStart + windowMs;
    const keyHash = createHash('sha256').update(limit.key).digest('base64url').slice(0, 22);
    const key = `${limit.bucket}:${keyHash}:${windowStart}`;
    const limited = () => {
      const retryAfter = Math.max(1, Math.ceil((windowEnd - now) / 1000));
      return new ApiError(429, 'RATE_LIMITED', `Too many requests; try again in ${retryAfter} seconds`, {
        headers: { 'retry-after': String(retryAfter) },
      });
    };
    const used = await this.#hits.countDocuments({ key });
    for (let slot = used + 1; slot <= limit.max; slot++) {
      if (await claim(this.#hits, { _id: `${key}:${slot}`, key, expiresAt: new Date(windowEnd) })) return;
    }
    throw limited();
  }
}

/** The rate-limit key of a client address: IPv6 clients get a whole /64, which is what one host usually has. */
export function clientKey(ip: string): string {
  if (!ip.includes(':') || ip.startsWith('::ffff:')) return ip.replace(/^::ffff:/, '');
  const groups = expandIpv6(ip);
  return groups ? `${groups.slice(0, 4).join(':')}::/64` : ip;
}

function expandIpv6(ip: string): string[] | undefined {
  const [head = '', tail] = ip.split('%')[0]?.split('::') ?? [];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  if (tail === undefined && left.length !== 8) return undefined;
  const missing = 8 - left.length - right.length;
  if (missing < 0) return undefined;
  return [...left, ...Array<string>(missing).fill('0'), ...right].map((g) => g.toLowerCase());
}
