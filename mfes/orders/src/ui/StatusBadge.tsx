import type { OrderStatus } from '@emporium/api';
import { StatusBadge as Badge, type StatusTone } from '@emporium/ui';
import { orderStatusLabel } from './format.ts';

/** Being prepared reads as ours to do, on its way as moving, then done or called off. */
const tone: Record<OrderStatus, StatusTone> = {
  placed: 'brand',
  packed: 'brand',
  shipped: 'warning',
  out_for_delivery: 'warning',
  delivered: 'success',
  cancelled: 'muted',
};

/** The order's status as a coloured pill. */
export function StatusBadge({ status }: { status: OrderStatus }) {
  return <Badge tone={tone[status]} label={orderStatusLabel[status]} testId="order-status" />;
}
