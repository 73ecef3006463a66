/** Shipment creation and cancellation, for the order service only (its service key). */
import { ErrorResponse, requireServiceKey } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import {
  CancelShipmentRequest,
  CreateShipmentRequest,
  Shipment,
  ShipmentParams,
} from '../schemas/shipments.ts';
import { toShipment } from '../shipments/documents.ts';
import type { Shipments } from '../shipments/shipments.ts';

// 401 without a service key, 403 with a key of a caller these routes do not accept.
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const internalShipmentRoutes: FastifyPluginAsyncTypebox<{ shipments: Shipments }> = async (
  app,
  { shipments },
) => {
  app.post(
    '/internal/shipments',
    {
      preHandler: requireServiceKey('order'),
      schema: {
        tags: ['internal'],
        summary: "Create an order's shipment; idempotent per order",
        description:
          'The first call creates the shipment (201); any later call for the same order, even a ' +
          'concurrent one, answers the same shipment (200). 422 PINCODE_NOT_SERVICEABLE when we do not ' +
          'deliver to the pincode.',
        body: CreateShipmentRequest,
        response: { 200: Shipment, 201: Shipment, 422: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { shipment, created } = await shipments.create(request.body);
      return reply.code(created ? 201 : 200).send(toShipment(shipment));
    },
  );

  app.post(
    '/internal/shipments/:shipmentId/cancel',
    {
      preHandler: requireServiceKey('order'),
      schema: {
        tags: ['internal'],
        summary: 'Cancel a shipment (its order was cancelled); idempotent',
        description: 'Cancelling a cancelled shipment answers it again; a delivered one is 409.',
        params: ShipmentParams,
        body: CancelShipmentRequest,
        response: { 200: Shipment, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => toShipment(await shipments.cancel(request.params.shipmentId, request.body.reason)),
  );
};
