/** The order service, typed: the signed-in customer's order history, one order, and cancelling it. */
import { apiPrefix } from '@emporium/registry';
import { getJson, postJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type { Order, OrderList, OrderListQuery } from './types.ts';

const base = apiPrefix('order');

const order = (orderId: string) => `${base}/orders/${encodeURIComponent(orderId)}`;

export const ordersApi = {
  /** Newest first. */
  listOrders(query: OrderListQuery = {}, options: CallOptions = {}): Promise<OrderList> {
    const searchParams = new URLSearchParams();
    if (query.limit !== undefined) searchParams.set('limit', String(query.limit));
    if (query.cursor) searchParams.set('cursor', query.cursor);
    return getJson<OrderList>(`${base}/orders`, { ...options, searchParams });
  },
  getOrder(orderId: string, options: CallOptions = {}): Promise<Order> {
    return getJson<Order>(order(orderId), options);
  },
  /** 409 ORDER_NOT_CANCELLABLE once it has shipped; cancelling twice answers the cancelled order. */
  cancelOrder(orderId: string, reason?: string, options: CallOptions = {}): Promise<Order> {
    const trimmed = reason?.trim();
    return postJson<Order>(`${order(orderId)}/cancel`, trimmed ? { reason: trimmed } : {}, options);
  },
};
