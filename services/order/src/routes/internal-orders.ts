/** Internal routes: order creation (cart), tracking events (logistics), purchase checks (reviews). */
import { ErrorResponse, requireServiceKey } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Fulfilment } from '../fulfilment/fulfilment.ts';
import { toOrder } from '../orders/documents.ts';
import type { OrderBook } from '../orders/order-book.ts';
import {
  PurchaseQuery,
  PurchaseResult,
  ShipmentEventRequest,
  ShipmentEventResult,
} from '../schemas/internal.ts';
import { CreateOrderHeaders, CreateOrderRequest, Order, OrderParams } from '../schemas/orders.ts';

// 401 without a service key, 403 with a key of a caller the route does not accept.
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const internalOrderRoutes: FastifyPluginAsyncTypebox<{
  book: OrderBook;
  fulfilment: Fulfilment;
}> = async (app, { book, fulfilment }) => {
  app.post(
    '/internal/orders',
    {
      preHandler: requireServiceKey('cart'),
      schema: {
        tags: ['internal'],
        summary: 'Place an order at checkout; idempotent per user and Idempotency-Key',
        description:
          'The first call places the order (201) and books its shipment in logistics (left pending and ' +
          'retried if logistics is down). The same key again, even concurrently, answers the same order ' +
          '(200, `Idempotent-Replayed: true`); the same key with a different order is 422 ' +
          'IDEMPOTENCY_KEY_REUSED. Totals must add up (422 ORDER_TOTALS_INCONSISTENT).',
        headers: CreateOrderHeaders,
        body: CreateOrderRequest,
        response: {
          200: Order,
          201: Order,
          409: ErrorResponse,
          422: ErrorResponse,
          413: ErrorResponse,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      const { order, created } = await book.place(request.body, request.headers['idempotency-key']);
      if (!created) return reply.header('idempotent-replayed', 'true').code(200).send(toOrder(order));
      app.events.emit({
        type: 'order.placed',
        subject: order._id,
        userId: order.userId,
        data: {
          number: order.number,
          total: order.totals.total,
          itemCount: order.lines.reduce((n, l) => n + l.quantity, 0),
          pincode: order.shippingAddress.pincode,
        },
      });
      let booked = order;
      try {
        booked = await fulfilment.bookShipment(order, request);
      } catch (err) {
        // The order is placed; the sweep books the shipment later. Never fail the checkout for it.
        request.log.error({ err, orderId: order._id }, 'shipment booking failed');
      }
      return reply.code(201).send(toOrder(booked));
    },
  );

  app.post(
    '/internal/orders/:orderId/events',
    {
      preHandler: requireServiceKey('logistics'),
      schema: {
        tags: ['internal'],
        summary: "Record a shipment tracking event on the order's timeline; idempotent per eventId",
        description:
          'picked_up and in_transit mean shipped; out_for_delivery and failed_attempt out for delivery; ' +
          'delivered delivered. An order only moves forward and never out of cancelled. An event already ' +
          'recorded answers `duplicate: true`.',
        params: OrderParams,
        body: ShipmentEventRequest,
        response: { 200: ShipmentEventResult, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => book.applyShipmentEvent(request.params.orderId, request.body),
  );

  app.get(
    '/internal/purchases',
    {
      preHandler: requireServiceKey('reviews'),
      schema: {
        tags: ['internal'],
        summary: 'Whether a user bought a product (verified-purchase reviews)',
        querystring: PurchaseQuery,
        response: { 200: PurchaseResult, ...errors },
      },
    },
    async (request) => ({
      purchased: await book.hasPurchased(request.query.userId, request.query.productId),
    }),
  );
};
