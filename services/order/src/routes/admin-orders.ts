/** Every customer's orders, for admins. */
import { ErrorResponse, notFound, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { toOrder, toSummary } from '../orders/documents.ts';
import type { OrderBook } from '../orders/order-book.ts';
import { AdminOrderListQuery, Order, OrderList, OrderParams } from '../schemas/orders.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const adminOrderRoutes: FastifyPluginAsyncTypebox<{ book: OrderBook }> = async (app, { book }) => {
  app.get(
    '/admin/orders',
    {
      preHandler: requireUser('admin'),
      schema: {
        tags: ['admin'],
        summary: 'All orders, newest first, optionally of one status',
        querystring: AdminOrderListQuery,
        response: { 200: OrderList, ...errors },
      },
    },
    async (request) => {
      const { status, limit = 20, cursor } = request.query;
      const page = await book.listAll(status, limit, cursor);
      return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/admin/orders/:orderId',
    {
      preHandler: requireUser('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Any order, with its status timeline',
        params: OrderParams,
        response: { 200: Order, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const order = await book.get(request.params.orderId);
      if (!order) throw notFound('ORDER_NOT_FOUND', `No order ${request.params.orderId}`);
      return toOrder(order);
    },
  );

  app.post(
    '/admin/orders/:orderId/pack',
    {
      preHandler: requireUser('admin'),
      schema: {
        tags: ['admin'],
        summary: 'Mark a placed order packed (the warehouse step before the carrier picks it up)',
        params: OrderParams,
        response: { 200: Order, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => toOrder(await book.pack(request.params.orderId)),
  );
};
