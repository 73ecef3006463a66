/**
 * Creates the indexes a service declares, at every start, creating only the missing ones. (FerretDB 1.24
 * drops the connection when createIndexes repeats several existing indexes, and skipping them is cheaper
 * on MongoDB too.) Index names are the identity: change an index's keys by giving it a new name.
 */
import type { Collection, Db, Document, IndexDescription } from 'mongodb';

export type IndexPlan = Record<string, readonly IndexDescription[]>;

async function existingIndexNames(collection: Collection<Document>): Promise<Set<string>> {
  const found = await collection
    .listIndexes()
    .toArray()
    .catch((err: { code?: number }) => {
      // A collection that does not exist yet has no indexes (NamespaceNotFound).
      if (err.code === 26) return [];
      throw err;
    });
  return new Set(found.map((index) => String(index.name)));
}

export async function ensureIndexes(db: Db, plan: IndexPlan): Promise<void> {
  for (const [name, wanted] of Object.entries(plan)) {
    const collection = db.collection(name);
    const existing = await existingIndexNames(collection);
    const missing = wanted.filter((index) => {
      if (!index.name) throw new Error(`an index of ${name} has no name; names identify indexes`);
      return !existing.has(index.name);
    });
    if (missing.length > 0) await collection.createIndexes([...missing]);
  }
}
