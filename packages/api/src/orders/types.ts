/** The order service's API shapes (services/order/src/schemas), as the browser receives them. */
import type { ShippingAddress } from '../cart/types.ts';
import type { Money } from '../money.ts';

export const orderStatuses = [
  'placed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];

export interface OrderLine {
  productId: string;
  name: string;
  image: string | null;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

export interface OrderTotals {
  subtotal: Money;
  discount: Money;
  shipping: Money;
  total: Money;
}

export interface TimelineEntry {
  status: OrderStatus;
  at: string;
  note: string;
  location?: string;
  /** The carrier event behind this entry. */
  shipmentStatus?: string;
}

export interface Order {
  id: string;
  /** What the customer quotes, e.g. EM-20250614-7KQ2XM. */
  number: string;
  status: OrderStatus;
  /** The customer can still cancel (placed or packed). */
  cancellable: boolean;
  lines: OrderLine[];
  totals: OrderTotals;
  coupon: { code: string } | null;
  shippingAddress: ShippingAddress;
  paymentMethod: 'cod';
  /** The logistics shipment; null until it is booked. */
  shipmentId: string | null;
  /** Oldest first. */
  timeline: TimelineEntry[];
  cancellation: { reason: string | null; at: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface OrderSummary {
  id: string;
  number: string;
  status: OrderStatus;
  total: Money;
  /** Units over all lines. */
  itemCount: number;
  lines: { productId: string; name: string; image: string | null; quantity: number }[];
  createdAt: string;
}

export interface OrderList {
  items: OrderSummary[];
  nextCursor: string | null;
}

export interface OrderListQuery {
  /** 1 to 50; the service's default is 20. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}
