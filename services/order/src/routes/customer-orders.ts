/** A customer's own orders: history, detail with the tracking timeline, cancellation. */
import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Fulfilment } from '../fulfilment/fulfilment.ts';
import { toOrder, toSummary } from '../orders/documents.ts';
import type { OrderBook } from '../orders/order-book.ts';
import { CancelRequest, Order, OrderList, OrderListQuery, OrderParams } from '../schemas/orders.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const customerOrderRoutes: FastifyPluginAsyncTypebox<{
  book: OrderBook;
  fulfilment: Fulfilment;
}> = async (app, { book, fulfilment }) => {
  app.get(
    '/orders',
    {
      preHandler: requireUser('customer'),
      schema: {
        tags: ['orders'],
        summary: 'Your orders, newest first',
        description: 'Pages are keyset-based: pass `nextCursor` as `cursor` for the next page.',
        querystring: OrderListQuery,
        response: { 200: OrderList, ...errors },
      },
    },
    async (request) => {
      const { limit = 20, cursor } = request.query;
      const page = await book.listForUser(currentUser(request).id, limit, cursor);
      return { items: page.items.map(toSummary), nextCursor: page.nextCursor };
    },
  );

  app.get(
    '/orders/:orderId',
    {
      preHandler: requireUser('customer'),
      schema: {
        tags: ['orders'],
        summary: 'One of your orders, with its status timeline',
        params: OrderParams,
        response: { 200: Order, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const order = await book.getForUser(request.params.orderId, currentUser(request).id);
      // A shipment booking or a cancellation step left pending by an outage is retried when due.
      return toOrder(await fulfilment.catchUp(order, request));
    },
  );

  app.post(
    '/orders/:orderId/cancel',
    {
      preHandler: requireUser('customer'),
      schema: {
        tags: ['orders'],
        summary: 'Cancel one of your orders before it ships',
        description:
          'Only a placed or packed order can be cancelled (409 ORDER_NOT_CANCELLABLE otherwise). Its stock ' +
          'is released and its shipment cancelled; if those services are down the order is cancelled ' +
          'anyway and they are retried until done.',
        params: OrderParams,
        body: CancelRequest,
        response: { 200: Order, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const user = currentUser(request);
      const cancelled = await book.cancel(request.params.orderId, user.id, request.body.reason);
      app.events.emit({
        type: 'order.cancelled',
        subject: cancelled._id,
        userId: user.id,
        data: { number: cancelled.number, reason: request.body.reason ?? null },
      });
      return toOrder(await fulfilment.compensate(cancelled, request));
    },
  );
};
