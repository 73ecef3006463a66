/**
 * A short mutual-exclusion lock per key, held in the database: `locks.run('order:<id>', fn)`.
 *
 * Why: FerretDB 1.24 (SQLite), the database of the local run and the tests, applies an update by reading
 * the document and writing all of it back, without isolation from other connections. Concurrent updates
 * of one document lose each other's changes: 30 concurrent `$inc: {n: 1}` leave n at 2, and a conditional
 * `stock >= 1` decrement lets 27 of 30 through for 7 units. The one write it does make atomic is an insert
 * against a unique index. So every read-modify-write of a shared document runs under a lock taken by
 * inserting `{ _id: key }` and given back by deleting it. (On MongoDB the same code is correct, only a
 * little slower than a bare conditional update.)
 *
 * Requests of one process for the same key queue in memory first, so only one of them at a time asks the
 * database; under a burst (thirty checkouts of one product) the database sees one lock attempt, not thirty
 * polling ones. A lock names its holder (a random token) and expires, so a holder that crashed blocks the
 * key for at most `ttlMs`; a waiter that cannot get the database lock (held by another process) within
 * `waitMs` fails with 503 LOCK_TIMEOUT.
 */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Collection, Db } from 'mongodb';
import { isDuplicateKey } from './duplicate-key.ts';
import { ApiError } from './errors.ts';

interface LockDocument {
  _id: string;
  token: string;
  expiresAt: Date;
}

export interface LockOptions {
  /** How long a lock lives if its holder never gives it back (crashed). Longer than any critical section. */
  ttlMs?: number;
  /** How long to wait for a lock another request holds. */
  waitMs?: number;
}

export class DocumentLocks {
  readonly #locks: Collection<LockDocument>;
  readonly #ttlMs: number;
  readonly #waitMs: number;
  /** Per key, the tail of this process's queue: it settles when the last queued holder is done. */
  readonly #queues = new Map<string, Promise<void>>();

  constructor(db: Db, { ttlMs = 15_000, waitMs = 5_000 }: LockOptions = {}) {
    this.#locks = db.collection<LockDocument>('locks');
    this.#ttlMs = ttlMs;
    this.#waitMs = waitMs;
  }

  /** Runs `critical` while holding the lock of `key`; the lock is given back however it ends. */
  async run<T>(key: string, critical: () => Promise<T>): Promise<T> {
    const ahead = this.#queues.get(key) ?? Promise.resolve();
    let done: () => void = () => {};
    const tail = ahead.then(() => new Promise<void>((resolve) => (done = resolve)));
    this.#queues.set(key, tail);
    await ahead;
    try {
      const token = await this.#acquire(key);
      try {
        return await critical();
      } finally {
        await this.#locks.deleteOne({ _id: key, token });
      }
    } finally {
      done();
      if (this.#queues.get(key) === tail) this.#queues.delete(key);
    }
  }

  async #acquire(key: string): Promise<string> {
    const token = randomUUID();
    const giveUpAt = Date.now() + this.#waitMs;
    for (let attempt = 0; ; attempt++) {
      try {
        await this.#locks.insertOne({ _id: key, token, expiresAt: new Date(Date.now() + this.#ttlMs) });
        return token;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
      }
      const held = await this.#locks.findOne({ _id: key });
      if (held && held.expiresAt.getTime() < Date.now()) {
        // Its holder is gone: remove exactly that lock (by token) and try again at once.
        await this.#locks.deleteOne({ _id: key, token: held.token });
        continue;
      }
      if (Date.now() >= giveUpAt) {
        throw new ApiError(503, 'LOCK_TIMEOUT', 'Too many requests are changing this at once; try again', {
          headers: { 'retry-after': '1' },
        });
      }
      // Short, growing, jittered waits: the holder needs a couple of database round trips.
      await sleep(Math.min(50, 2 + attempt * 3) * (0.5 + Math.random()));
    }
  }
}
