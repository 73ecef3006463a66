/**
 * The support database's indexes: a customer's tickets newest first (with and without a status), the
 * admin queue by status, and the unique human ticket number.
 */
import { ensureIndexes, type IndexPlan } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export const supportIndexes: IndexPlan = {
  tickets: [
    { key: { number: 1 }, name: 'number_unique', unique: true },
    { key: { userId: 1, _id: -1 }, name: 'customer_newest' },
    { key: { userId: 1, status: 1, _id: -1 }, name: 'customer_status_newest' },
    { key: { status: 1, _id: -1 }, name: 'status_newest' },
  ],
};

export async function setupSupportDatabase(db: Db): Promise<void> {
  await ensureIndexes(db, supportIndexes);
}
