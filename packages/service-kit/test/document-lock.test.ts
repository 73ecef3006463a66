import { useTestDatabase } from '@emporium/embedded-db/testing';
import { MongoClient } from 'mongodb';
import { afterAll, describe, expect, it } from 'vitest';
import { DocumentLocks } from '../src/document-lock.ts';

const db = useTestDatabase(import.meta.url);
// A second client stands for a second service instance: its own connections and its own memory queue.
const otherClient = new MongoClient(db.uri);
afterAll(() => otherClient.close());

type Counter = { _id: string; n: number };

describe('document locks', () => {
  it('make read-modify-write safe across instances where bare updates lose changes', async () => {
    const first = db.client.db(db.name);
    const second = otherClient.db(db.name);
    await first.collection<Counter>('counters').insertOne({ _id: 'c', n: 0 });
    const instances = [new DocumentLocks(first), new DocumentLocks(second)];
    const increment = async (locks: DocumentLocks, database: typeof first) =>
      locks.run('counter:c', async () => {
        const counters = database.collection<Counter>('counters');
        const current = await counters.findOne({ _id: 'c' });
        await counters.updateOne({ _id: 'c' }, { $set: { n: (current?.n ?? 0) + 1 } });
      });
    await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        increment(instances[i % 2] as DocumentLocks, i % 2 === 0 ? first : second),
      ),
    );
    expect((await first.collection<Counter>('counters').findOne({ _id: 'c' }))?.n).toBe(40);
    expect(await first.collection('locks').countDocuments()).toBe(0);
  });

  it('gives the lock back when the critical section throws', async () => {
    const locks = new DocumentLocks(db.client.db(db.name));
    await expect(
      locks.run('k:throws', async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await locks.run('k:throws', async () => 'again')).toBe('again');
  });

  it('takes over a lock whose holder vanished once it expires', async () => {
    const database = db.client.db(db.name);
    await database
      .collection<{ _id: string; token: string; expiresAt: Date }>('locks')
      .insertOne({ _id: 'k:stale', token: 'crashed-holder', expiresAt: new Date(Date.now() + 300) });
    const locks = new DocumentLocks(database, { waitMs: 3000 });
    const started = Date.now();
    expect(await locks.run('k:stale', async () => 'mine')).toBe('mine');
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
  });

  it('fails with 503 LOCK_TIMEOUT when another instance holds the lock too long', async () => {
    const database = db.client.db(db.name);
    const holder = new DocumentLocks(otherClient.db(db.name));
    const waiter = new DocumentLocks(database, { waitMs: 200 });
    let letGo: () => void = () => {};
    const held = holder.run('k:busy', () => new Promise<void>((resolve) => (letGo = resolve)));
    await expect.poll(() => database.collection('locks').countDocuments({ _id: 'k:busy' as never })).toBe(1);
    await expect(waiter.run('k:busy', async () => 'never')).rejects.toMatchObject({
      statusCode: 503,
      code: 'LOCK_TIMEOUT',
    });
    letGo();
    await held;
    expect(await waiter.run('k:busy', async () => 'now')).toBe('now');
  });
});
