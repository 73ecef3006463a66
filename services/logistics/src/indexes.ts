/** The logistics database's indexes; created at every start when missing. */
import { ensureIndexes } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export function setupDatabase(db: Db): Promise<void> {
  return ensureIndexes(db, {
    shipments: [
      // One shipment per order: makes creation idempotent, even for concurrent calls.
      { key: { orderId: 1 }, name: 'order_unique', unique: true },
      { key: { trackingNumber: 1 }, name: 'tracking_number_unique', unique: true },
      { key: { userId: 1, createdAt: -1 }, name: 'user_newest' },
    ],
  });
}
