import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { expiringCollections, sweepExpired } from '../src/db/sweeper.ts';

const db = useTestDatabase(import.meta.url);

describe('sweeping expired documents', () => {
  it('deletes every expired document of every expiring collection, in small chunks, and nothing else', async () => {
    const database = db.client.db(db.name);
    const past = new Date(Date.now() - 60_000);
    const future = new Date(Date.now() + 60_000);
    for (const name of expiringCollections) {
      const docs = [
        ...Array.from({ length: 130 }, (_, i) => ({ _id: `${name}-old-${i}`, expiresAt: past })),
        ...Array.from({ length: 3 }, (_, i) => ({ _id: `${name}-live-${i}`, expiresAt: future })),
      ];
      // Inserted 50 at a time too: FerretDB stalls on large single writes.
      for (let i = 0; i < docs.length; i += 50) {
        await database.collection<{ _id: string; expiresAt: Date }>(name).insertMany(docs.slice(i, i + 50));
      }
    }
    expect(await sweepExpired(database)).toBe(130 * expiringCollections.length);
    for (const name of expiringCollections) {
      expect(await database.collection(name).countDocuments(), name).toBe(3);
    }
    expect(await sweepExpired(database)).toBe(0);
  });
});
