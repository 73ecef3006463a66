/**
 * Indexes for every filter and sort the catalog offers (each sort ends in _id, as keyset pagination
 * needs). Creating an existing index is a no-op, so this runs at every start.
 */
import type { Db, IndexDescription } from 'mongodb';

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

export async function ensureIndexes(db: Db): Promise<void> {
  await db.collection('products').createIndexes(productIndexes);
  await db.collection('categories').createIndex({ position: 1 }, { name: 'position' });
}
