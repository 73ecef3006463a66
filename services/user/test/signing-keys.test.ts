import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { keyResolver } from '../src/tokens/key-ring.ts';
import { StoredKeyStore, signingKeysCollection } from '../src/tokens/stored-keys.ts';

const db = useTestDatabase(import.meta.url);

describe('signing keys kept in the database', () => {
  it('creates exactly one first key when several replicas start at once', async () => {
    const database = db.client.db('t_keys_bootstrap');
    try {
      const replicas = Array.from({ length: 6 }, () => new StoredKeyStore(() => database, 60_000));
      const rings = await Promise.all(replicas.map((r) => r.ring()));
      expect(new Set(rings.map((r) => r.active.kid)).size).toBe(1);
      expect(await signingKeysCollection(database).countDocuments()).toBe(1);
    } finally {
      await database.dropDatabase();
    }
  });

  it('keeps a replaced key verifying for the retention period, then drops it', async () => {
    const database = db.client.db(db.name);
    const store = new StoredKeyStore(() => database, 1500);
    const first = await store.ring();
    const rotated = await store.rotate();
    expect(rotated.active.kid).not.toBe(first.active.kid);
    expect(rotated.verifying.map((k) => k.kid)).toEqual([rotated.active.kid, first.active.kid]);

    // Another replica sees the rotation from the database.
    const other = new StoredKeyStore(() => database, 1500);
    expect((await other.ring()).active.kid).toBe(rotated.active.kid);
    const resolve = keyResolver(other);
    await expect(
      resolve({ alg: 'EdDSA', kid: first.active.kid }, { payload: '', signature: '' }),
    ).resolves.toBeDefined();

    await new Promise((r) => setTimeout(r, 1600));
    const later = await new StoredKeyStore(() => database, 1500).ring();
    expect(later.verifying.map((k) => k.kid)).toEqual([rotated.active.kid]);

    // The next rotation deletes keys past their retention from the database.
    const again = await store.rotate();
    expect(await signingKeysCollection(database).countDocuments()).toBe(2);
    expect(again.verifying.map((k) => k.kid)).toEqual([again.active.kid, rotated.active.kid]);
  });

  it('gives two rotations at the same moment distinct generations', async () => {
    const database = db.client.db(db.name);
    const a = new StoredKeyStore(() => database, 60_000);
    const b = new StoredKeyStore(() => database, 60_000);
    await Promise.all([a.rotate(), b.rotate()]);
    const docs = await signingKeysCollection(database).find().toArray();
    expect(new Set(docs.map((d) => d.generation)).size).toBe(docs.length);
    const [ringA, ringB] = await Promise.all([a.reload(0), b.reload(0)]);
    expect(ringA.active.kid).toBe(ringB.active.kid);
  });
});
