/** The order service's internal API beyond order creation: tracking events and purchase checks. */
import { type Static, Type } from 'typebox';
import { ProductId, UserId } from './common.ts';
import { OrderStatusName } from './orders.ts';

export const shipmentEventStatuses = [
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'delivered',
] as const;
export type ShipmentEventStatus = (typeof shipmentEventStatuses)[number];

export const ShipmentEventRequest = Type.Object(
  {
    eventId: Type.String({
      pattern: '^[A-Za-z0-9_-]{8,64}$',
      description: "The logistics event's id: an event sent twice is recorded once",
    }),
    shipmentId: Type.String({ pattern: '^[A-Za-z0-9_-]{1,80}$' }),
    status: Type.Enum(shipmentEventStatuses),
    at: Type.String({ format: 'date-time', maxLength: 40 }),
    location: Type.String({ minLength: 1, maxLength: 120 }),
    note: Type.String({ maxLength: 300 }),
  },
  { additionalProperties: false },
);

export const ShipmentEventResult = Type.Object({
  applied: Type.Boolean({ description: 'The event was added to the timeline now' }),
  duplicate: Type.Boolean({ description: 'The event was already on the timeline' }),
  status: OrderStatusName,
});

export const PurchaseQuery = Type.Object(
  { userId: UserId, productId: ProductId },
  { additionalProperties: false },
);

export const PurchaseResult = Type.Object({
  purchased: Type.Boolean({ description: 'The user has an order with the product that is not cancelled' }),
});

export type ShipmentEventRequest = Static<typeof ShipmentEventRequest>;
export type ShipmentEventResultBody = Static<typeof ShipmentEventResult>;
