/**
 * The content database's indexes: one per public read (published pages, live banners by placement, FAQs by
 * category and by search word) and the admin sorts. Only missing ones are created at start.
 */
import { ensureIndexes, type IndexPlan } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export const contentIndexes: IndexPlan = {
  pages: [{ key: { status: 1, _id: 1 }, name: 'status' }],
  banners: [
    { key: { placement: 1, status: 1, priority: -1, _id: 1 }, name: 'placement_live' },
    { key: { status: 1, priority: -1, _id: 1 }, name: 'status_priority' },
  ],
  faqs: [
    { key: { category: 1, position: 1, _id: 1 }, name: 'category_position' },
    { key: { searchTerms: 1 }, name: 'search_terms' },
  ],
  media: [{ key: { createdAt: -1, _id: 1 }, name: 'newest' }],
};

export async function setupContentDatabase(db: Db): Promise<void> {
  await ensureIndexes(db, contentIndexes);
}
