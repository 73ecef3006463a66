/**
 * Claims: the one write FerretDB 1.24 (SQLite) applies atomically under concurrency is an insert checked
 * by a unique index. Updates are read-then-write outside a transaction there (FerretDB/FerretDB#3040), so
 * two concurrent conditional updates of one document can both "win". Every "exactly one of several
 * concurrent requests may do this" in this service is therefore an insert whose unique key names the
 * thing being claimed; the losers get a duplicate-key error.
 */
import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';
import { MongoServerError } from 'mongodb';

/**
 * True for a unique-index violation: E11000 on MongoDB and on FerretDB inserts; FerretDB 1.24 reports the
 * same violation by an update as an InternalError (code 1) carrying SQLite's message.
 */
export function isDuplicateKey(err: unknown): boolean {
  if (!(err instanceof MongoServerError)) return false;
  return err.code === 11000 || (err.code === 1 && /UNIQUE constraint failed/.test(err.message));
}

/** Inserts the document; false when its unique key is already taken (someone else holds the claim). */
export async function claim<T extends Document>(
  collection: Collection<T>,
  doc: OptionalUnlessRequiredId<T>,
): Promise<boolean> {
  try {
    await collection.insertOne(doc);
    return true;
  } catch (err) {
    if (isDuplicateKey(err)) return false;
    throw err;
  }
}
