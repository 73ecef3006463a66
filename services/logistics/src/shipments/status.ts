/**
 * The shipment lifecycle. Tracking only moves forward: created -> picked_up -> in_transit ->
 * out_for_delivery -> delivered, where in_transit may repeat (hub scans), a delivery attempt may fail and
 * be retried (out_for_delivery <-> failed_attempt, or back to the hub: failed_attempt -> in_transit), and
 * steps may be skipped. Nothing follows delivered or cancelled.
 */
import type { ShipmentStatus, TrackingStatus } from '../schemas/shipments.ts';

const stage: Record<Exclude<ShipmentStatus, 'cancelled'>, number> = {
  created: 0,
  picked_up: 1,
  in_transit: 2,
  out_for_delivery: 3,
  failed_attempt: 3,
  delivered: 4,
};

const sideways = new Set([
  'in_transit>in_transit',
  'out_for_delivery>failed_attempt',
  'failed_attempt>out_for_delivery',
  'failed_attempt>failed_attempt',
  'failed_attempt>in_transit',
]);

export function canMove(from: ShipmentStatus, to: TrackingStatus): boolean {
  if (from === 'delivered' || from === 'cancelled') return false;
  return stage[to] > stage[from] || sideways.has(`${from}>${to}`);
}

/** Tracking events go to the order service; created and cancelled come from it in the first place. */
export function feedsOrder(status: ShipmentStatus): boolean {
  return status !== 'created' && status !== 'cancelled';
}
