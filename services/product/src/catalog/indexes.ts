/**
 * Indexes for every filter and sort the catalog offers (each sort ends in _id, as keyset pagination
 * needs), plus a seller's own list. Created at every start; the kit creates only the missing ones.
 */
import { ensureIndexes, type IndexPlan } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export const productIndexes: IndexPlan = {
  products: [
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
    { key: { sellerId: 1, createdAt: -1, _id: 1 }, name: 'seller_newest' },
  ],
  categories: [{ key: { position: 1 }, name: 'position' }],
};

export async function ensureProductIndexes(db: Db): Promise<void> {
  await ensureIndexes(db, productIndexes);
}
