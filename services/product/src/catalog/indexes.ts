/**
 * Indexes for every filter and sort the catalog offers (each sort ends in _id, as keyset pagination
 * needs). Runs at every start; only missing indexes are created. (FerretDB 1.24 drops the connection when
 * createIndexes repeats several existing indexes, and skipping them is cheaper on MongoDB too.)
 */
import type { Collection, Db, Document, IndexDescription } from 'mongodb';

const productIndexes: IndexDescription[] = [
  { key: { sku: 1 }, name: 'sku_unique', unique: true },
  { key: { popularity: -1, _id: 1 }, name: 'featured' },
  { key: { price: 1, _id: 1 }, name: 'price' },
  { key: { 'rating.average': -1, _id: 1 }, name: 'rating' },
  { key: { createdAt: -1, _id: 1 }, name: 'newest' },
  { key: { nameKey: 1, _id: 1 }, name: 'name' },
  { key: { category: 1, popularity: -1, _id: 1 }, name: 'category_featured' },
  { key: { category: 1, price: 1, _id: 1 }, name: 'category_price' },
  { key: { brand: 1 }, name: 'brand' },
  { key: { searchTerms: 1 }, name: 'search_terms' },
];

const categoryIndexes: IndexDescription[] = [{ key: { position: 1 }, name: 'position' }];

async function createMissing(collection: Collection<Document>, wanted: IndexDescription[]): Promise<void> {
  const existing = new Set<string>();
  const found = await collection
    .listIndexes()
    .toArray()
    .catch((err: { code?: number }) => {
      // A collection that does not exist yet has no indexes.
      if (err.code === 26) return [];
      throw err;
    });
  for (const index of found) existing.add(String(index.name));
  const missing = wanted.filter((i) => !existing.has(String(i.name)));
  if (missing.length > 0) await collection.createIndexes(missing);
}

export async function ensureIndexes(db: Db): Promise<void> {
  await createMissing(db.collection('products'), productIndexes);
  await createMissing(db.collection('categories'), categoryIndexes);
}
