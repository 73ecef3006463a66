/**
 * The product service's internal API (called by other services with their service key): stock
 * reservations for checkout (cart) and cancellation (order), and the rating pushed by the reviews service.
 */
import { type Static, Type } from 'typebox';
import { Image, Money, ProductParams, Rating, slugPattern } from './schemas.ts';

export const reservationIdPattern = '^[A-Za-z0-9._:@-]{8,128}$';
const ReservationId = Type.String({
  pattern: reservationIdPattern,
  minLength: 8,
  maxLength: 128,
  description: "The caller's id for the reservation (the checkout id): the same id is the same reservation",
});

export const ReservationRequest = Type.Object(
  {
    reservationId: ReservationId,
    lines: Type.Array(
      Type.Object(
        {
          productId: Type.String({ pattern: slugPattern, minLength: 1, maxLength: 80 }),
          quantity: Type.Integer({ minimum: 1, maximum: 10 }),
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
  },
  { additionalProperties: false },
);

export const ReservationStatus = Type.Union(
  [Type.Literal('reserving'), Type.Literal('reserved'), Type.Literal('failed'), Type.Literal('released')],
  {
    description:
      'reserving while the lines are taken; failed when one could not be; released when given back',
  },
);
export type ReservationStatus = Static<typeof ReservationStatus>;

export const ReservedLine = Type.Object({
  productId: Type.String(),
  quantity: Type.Integer(),
  unitPrice: Money,
  name: Type.String(),
  image: Type.Union([Image, Type.Null()]),
});

export const Reservation = Type.Object({
  reservationId: Type.String(),
  status: ReservationStatus,
  lines: Type.Array(ReservedLine),
});

export const ReservationParams = Type.Object(
  { reservationId: ReservationId },
  { additionalProperties: false },
);

export const RatingRequest = Type.Object(
  {
    average: Type.Number({ minimum: 0, maximum: 5 }),
    count: Type.Integer({ minimum: 0, maximum: 1_000_000_000 }),
  },
  { additionalProperties: false },
);

export const RatingResponse = Type.Object({ productId: Type.String(), rating: Rating });

export { ProductParams };

export type ReservationRequest = Static<typeof ReservationRequest>;
export type ReservationBody = Static<typeof Reservation>;
export type ReservedLineBody = Static<typeof ReservedLine>;
