import { ErrorResponse, requireServiceKey } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SellerCatalog } from '../catalog/seller-catalog.ts';
import {
  ProductParams,
  RatingRequest,
  RatingResponse,
  Reservation,
  ReservationParams,
  ReservationRequest,
} from '../internal-schemas.ts';
import type { Reservations } from '../stock/reservations.ts';

// 401 without a service key, 403 with a key of a caller this route does not accept.
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

export const internalRoutes: FastifyPluginAsyncTypebox<{
  reservations: Reservations;
  sellers: SellerCatalog;
}> = async (app, { reservations, sellers }) => {
  app.post(
    '/internal/reservations',
    {
      preHandler: requireServiceKey('cart', 'order'),
      schema: {
        tags: ['internal'],
        summary: 'Reserve stock for every line, or for none (checkout)',
        description:
          'The reservation id makes the call idempotent: repeating a completed reservation answers it ' +
          'again with 200; a reservation still being made is 409 RESERVATION_IN_PROGRESS. A line that ' +
          'cannot be served undoes the others and answers 409 OUT_OF_STOCK naming the short products.',
        body: ReservationRequest,
        response: { 200: Reservation, 201: Reservation, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { reservation, created } = await reservations.reserve(request.body, request.caller ?? 'unknown');
      return reply.code(created ? 201 : 200).send(reservation);
    },
  );

  app.post(
    '/internal/reservations/:reservationId/release',
    {
      preHandler: requireServiceKey('cart', 'order'),
      schema: {
        tags: ['internal'],
        summary: "Give a reservation's stock back (a failed checkout, a cancelled order); idempotent",
        params: ReservationParams,
        response: { 200: Reservation, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request) => reservations.release(request.params.reservationId),
  );

  app.put(
    '/internal/products/:productId/rating',
    {
      preHandler: requireServiceKey('reviews'),
      schema: {
        tags: ['internal'],
        summary: "Set a product's rating from the reviews service's summary",
        params: ProductParams,
        body: RatingRequest,
        response: { 200: RatingResponse, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const rating = { average: request.body.average, count: request.body.count };
      await sellers.setRating(request.params.productId, rating);
      return { productId: request.params.productId, rating };
    },
  );
};
