/** The order database's indexes; created at every start when missing. */
import { ensureIndexes } from '@emporium/service-kit';
import type { Db } from 'mongodb';

export function setupDatabase(db: Db): Promise<void> {
  return ensureIndexes(db, {
    orders: [
      // One order per user and idempotency key: makes creation idempotent, even for concurrent calls.
      { key: { userId: 1, idempotencyKey: 1 }, name: 'idempotency_unique', unique: true },
      // One order per checkout, whatever key it came with.
      { key: { checkoutId: 1 }, name: 'checkout_unique', unique: true },
      { key: { number: 1 }, name: 'number_unique', unique: true },
      { key: { userId: 1, createdAt: -1, _id: -1 }, name: 'customer_newest' },
      { key: { createdAt: -1, _id: -1 }, name: 'newest' },
      { key: { status: 1, createdAt: -1, _id: -1 }, name: 'status_newest' },
      { key: { userId: 1, 'lines.productId': 1 }, name: 'purchases' },
      // The fulfilment sweep: bookings and cancellations waiting for a retry.
      { key: { 'shipment.state': 1, 'shipment.nextAttemptAt': 1 }, name: 'booking_retry' },
      { key: { 'cancellation.pending': 1, 'cancellation.nextAttemptAt': 1 }, name: 'compensation_retry' },
    ],
  });
}
