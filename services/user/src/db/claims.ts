/**
 * Claims: the one write FerretDB 1.24 (SQLite) applies atomically under concurrency is an insert checked
 * by a unique index. Updates are read-then-write outside a transaction there (FerretDB/FerretDB#3040), so
 * two concurrent conditional updates of one document can both "win". Every "exactly one of several
 * concurrent requests may do this" in this service is therefore an insert whose unique key names the
 * thing being claimed; the losers get a duplicate-key error.
 */
import { isDuplicateKey } from '@emporium/service-kit';
import type { Collection, Document, OptionalUnlessRequiredId } from 'mongodb';

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
