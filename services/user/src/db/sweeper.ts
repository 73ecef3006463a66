/**
 * Deletes expired documents (rate-limit counters, one-time codes, refresh tokens and families, dev outbox
 * messages). FerretDB has no TTL indexes, so every such document carries `expiresAt` and this sweep runs
 * in the background once a minute. Deletes go in chunks of 50 ids: FerretDB stalls on one write that
 * touches a hundred documents. Several replicas sweeping at once only repeat each other's work.
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Db } from 'mongodb';

export const expiringCollections = [
  'rate_limit_hits',
  'otp_codes',
  'otp_claims',
  'refresh_tokens',
  'refresh_revocations',
  'dev_outbox',
];

const chunk = 50;
const maxChunksPerRun = 40;

/** One sweep; returns how many documents were deleted. */
export async function sweepExpired(db: Db, now = new Date()): Promise<number> {
  let deleted = 0;
  for (const name of expiringCollections) {
    const collection = db.collection<{ _id: unknown; expiresAt: Date }>(name);
    for (let round = 0; round < maxChunksPerRun; round++) {
      const ids = (
        await collection
          .find({ expiresAt: { $lt: now } }, { projection: { _id: 1 } })
          .limit(chunk)
          .toArray()
      ).map((d) => d._id);
      if (ids.length === 0) break;
      deleted += (await collection.deleteMany({ _id: { $in: ids } })).deletedCount;
      if (ids.length < chunk) break;
    }
  }
  return deleted;
}

export function startSweeper(db: Db, log: FastifyBaseLogger, intervalMs = 60_000): () => void {
  let running = false;
  const timer = setInterval(() => {
    if (running) return;
    running = true;
    sweepExpired(db)
      .then((deleted) => {
        if (deleted > 0) log.debug({ deleted }, 'expired documents swept');
      })
      .catch((err: Error) => log.warn({ err: err.message }, 'sweeping expired documents failed; will retry'))
      .finally(() => {
        running = false;
      });
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
