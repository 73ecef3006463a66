import { useTestDatabase } from '@emporium/embedded-db/testing';
import { ApiError } from '@emporium/service-kit';
import { describe, expect, it } from 'vitest';
import { clientKey, RateLimiter } from '../src/limits/rate-limiter.ts';

const db = useTestDatabase(import.meta.url);

describe('rate limits in the database', () => {
  it('lets exactly the budget through when many requests arrive at once, across limiter instances', async () => {
    // Two instances stand for two replicas sharing the database.
    const replicas = [new RateLimiter(db.client.db(db.name)), new RateLimiter(db.client.db(db.name))];
    const limit = { bucket: 'test', key: 'burst', max: 5, windowSeconds: 60 };
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) => replicas[i % 2]?.hit(limit)),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(5);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      const err = (r as PromiseRejectedResult).reason;
      expect(err).toBeInstanceOf(ApiError);
      expect(err).toMatchObject({ statusCode: 429, code: 'RATE_LIMITED' });
      expect(Number(err.headers['retry-after'])).toBeGreaterThan(0);
    }
  });

  it('starts a fresh budget in the next window and keeps keys apart', async () => {
    const limiter = new RateLimiter(db.client.db(db.name));
    const limit = { bucket: 'test', key: 'windows', max: 1, windowSeconds: 10 };
    const t0 = 1_700_000_000_000;
    await limiter.hit(limit, t0);
    await expect(limiter.hit(limit, t0 + 1000)).rejects.toMatchObject({ statusCode: 429 });
    await expect(limiter.hit({ ...limit, key: 'someone-else' }, t0 + 1000)).resolves.toBeUndefined();
    await expect(limiter.hit(limit, t0 + 10_000)).resolves.toBeUndefined();
  });

  it('treats an IPv6 /64 as one client and IPv4-mapped addresses as IPv4', () => {
    expect(clientKey('2001:db8:1:2:aaaa:bbbb:cccc:dddd')).toBe('2001:db8:1:2::/64');
    expect(clientKey('2001:db8:1:2::1')).toBe('2001:db8:1:2::/64');
    expect(clientKey('::ffff:203.0.113.9')).toBe('203.0.113.9');
    expect(clientKey('198.51.100.4')).toBe('198.51.100.4');
    expect(clientKey('::1')).toBe('0:0:0:0::/64');
  });
});
