import { useTestDatabase } from '@emporium/embedded-db/testing';
import { MongoServerError } from 'mongodb';
import { describe, expect, it } from 'vitest';
import { isDuplicateKey } from '../src/duplicate-key.ts';

const db = useTestDatabase(import.meta.url);

/** The error a write raises, or undefined when it succeeds. */
async function errorOf(write: () => Promise<unknown>): Promise<unknown> {
  try {
    await write();
    return undefined;
  } catch (err) {
    return err;
  }
}

describe('isDuplicateKey', () => {
  it('recognises an insert that a unique index refuses', async () => {
    const people = db.client.db(db.name).collection<{ _id: string; email: string }>('people');
    await people.createIndex({ email: 1 }, { unique: true });
    await people.insertOne({ _id: 'a', email: 'one@emporium.dev' });
    const err = await errorOf(() => people.insertOne({ _id: 'b', email: 'one@emporium.dev' }));
    expect(err).toBeInstanceOf(MongoServerError);
    expect(isDuplicateKey(err)).toBe(true);
  });

  it('recognises an update that a unique index refuses (FerretDB reports it differently)', async () => {
    const people = db.client.db(db.name).collection<{ _id: string; email: string }>('accounts');
    await people.createIndex({ email: 1 }, { unique: true });
    await people.insertMany([
      { _id: 'a', email: 'one@emporium.dev' },
      { _id: 'b', email: 'two@emporium.dev' },
    ]);
    const err = await errorOf(() => people.updateOne({ _id: 'b' }, { $set: { email: 'one@emporium.dev' } }));
    expect(err).toBeInstanceOf(MongoServerError);
    expect(isDuplicateKey(err)).toBe(true);
  });

  it('recognises a repeated _id', async () => {
    const claims = db.client.db(db.name).collection<{ _id: string }>('claims');
    await claims.insertOne({ _id: 'taken' });
    expect(isDuplicateKey(await errorOf(() => claims.insertOne({ _id: 'taken' })))).toBe(true);
  });

  it('does not mistake other database errors, or non-database errors, for one', async () => {
    const items = db.client.db(db.name).collection<{ _id: string; n: number }>('items');
    await items.insertOne({ _id: 'x', n: 0 });
    // Two operators on one field: the server refuses it for a reason other than a unique key.
    const err = await errorOf(() => items.updateOne({ _id: 'x' }, { $set: { n: 1 }, $inc: { n: 1 } }));
    expect(err).toBeInstanceOf(MongoServerError);
    expect(isDuplicateKey(err)).toBe(false);
    expect(isDuplicateKey(new Error('E11000 duplicate key error'))).toBe(false);
    expect(isDuplicateKey({ code: 11000 })).toBe(false);
    expect(isDuplicateKey(undefined)).toBe(false);
  });
});
