/**
 * The activity database's indexes: counters by day (stats ranges), the audit log by type and by subject
 * (newest first), and browser events by time (for later analysis and pruning by age, since FerretDB has no
 * TTL indexes).
 */
import { ensureIndexes, type IndexPlan } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export const activityIndexes: IndexPlan = {
  counters: [{ key: { day: 1 }, name: 'day' }],
  audit_log: [
    { key: { type: 1, _id: -1 }, name: 'type_newest' },
    { key: { subject: 1, _id: -1 }, name: 'subject_newest' },
    { key: { source: 1, _id: -1 }, name: 'source_newest' },
  ],
  browser_events: [{ key: { at: 1 }, name: 'at' }],
};

export async function setupActivityDatabase(db: Db): Promise<void> {
  await ensureIndexes(db, activityIndexes);
}
