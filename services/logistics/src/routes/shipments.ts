/** Shipment tracking for customers (their own) and admins, and carrier events (admin, for now). */
import { type AuthUser, currentUser, ErrorResponse, notFound, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  Shipment,
  ShipmentList,
  ShipmentListQuery,
  ShipmentParams,
  TrackingEventRequest,
} from '../schemas/shipments.ts';
import { type ShipmentDocument, toShipment } from '../shipments/documents.ts';
import type { OrderFeed } from '../shipments/order-feed.ts';
import type { Shipments } from '../shipments/shipments.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** Customers see their own shipments only; another customer's is "not found", not "forbidden". */
const visibleTo = (user: AuthUser, doc: ShipmentDocument | null) =>
  doc !== null && (user.type === 'admin' || doc.userId === user.id);

export const shipmentRoutes: FastifyPluginAsyncTypebox<{ shipments: Shipments; feed: OrderFeed }> = async (
  app,
  { shipments, feed },
) => {
  app.get(
    '/shipments',
    {
      preHandler: requireUser('customer', 'admin'),
      schema: {
        tags: ['shipments'],
        summary: "An order's shipments (the customer's own; any for admins)",
        querystring: ShipmentListQuery,
        response: { 200: ShipmentList, ...errors },
      },
    },
    async (request) => {
      const doc = await shipments.findByOrder(request.query.orderId);
      const user = currentUser(request);
      return { items: doc && visibleTo(user, doc) ? [toShipment(doc)] : [] };
    },
  );

  app.get(
    '/shipments/:shipmentId',
    {
      preHandler: requireUser('customer', 'admin'),
      schema: {
        tags: ['shipments'],
        summary: 'One shipment with its tracking events',
        params: ShipmentParams,
        response: { 200: Shipment, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const doc = await shipments.get(request.params.shipmentId);
      if (!doc || !visibleTo(currentUser(request), doc)) {
        throw notFound('SHIPMENT_NOT_FOUND', `No shipment ${request.params.shipmentId}`);
      }
      return toShipment(doc);
    },
  );

  app.post(
    '/shipments/:shipmentId/events',
    {
      preHandler: requireUser('admin'),
      schema: {
        tags: ['shipments'],
        summary: 'Record a carrier tracking event (stands in for carrier webhooks)',
        description:
          'Tracking only moves forward (409 INVALID_TRANSITION otherwise, and always after delivery). ' +
          'The event is passed on to the order service; while it is down the event waits ' +
          '(`deliveredToOrder: false`) and is resent with the next event or by the periodic sweep.',
        params: ShipmentParams,
        body: TrackingEventRequest,
        response: { 201: Shipment, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const recorded = await shipments.recordEvent(request.params.shipmentId, request.body);
      const allSent = await feed.deliver(recorded._id);
      // The order service answered: it may be back after an outage, so send what others still hold.
      if (allSent)
        void feed.sweep().catch((err: unknown) => request.log.warn({ err }, 'order feed sweep failed'));
      const latest = (await shipments.get(recorded._id)) ?? recorded;
      return reply.code(201).send(toShipment(latest));
    },
  );
};
