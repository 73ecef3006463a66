/** Shipments: created by the order service, tracked by carrier events, read by their customer. */
import { type Static, Type } from 'typebox';
import { EstimatedDelivery, Items, Pincode } from './common.ts';

const idPattern = '^[A-Za-z0-9_-]{1,128}$';
export const OrderId = Type.String({ pattern: idPattern, description: "The order service's order id" });
export const UserId = Type.String({ pattern: idPattern, description: 'The customer who placed the order' });
export const ShipmentId = Type.String({ pattern: '^shp_[A-Za-z0-9_-]{8,64}$' });

export const trackingStatuses = [
  'picked_up',
  'in_transit',
  'out_for_delivery',
  'failed_attempt',
  'delivered',
] as const;
export type TrackingStatus = (typeof trackingStatuses)[number];
export const shipmentStatuses = ['created', ...trackingStatuses, 'cancelled'] as const;
export type ShipmentStatus = (typeof shipmentStatuses)[number];

export const TrackingStatusName = Type.Enum(trackingStatuses);
export const ShipmentStatusName = Type.Enum(shipmentStatuses);

export const ShipmentEvent = Type.Object({
  id: Type.String(),
  status: ShipmentStatusName,
  at: Type.String({ format: 'date-time' }),
  location: Type.String(),
  note: Type.String(),
  deliveredToOrder: Type.Union([Type.Boolean(), Type.Null()], {
    description:
      'Tracking events: whether the order service has it yet (false while it is down; resent later). ' +
      'null for events the order service does not take (created, cancelled).',
  }),
});

export const Shipment = Type.Object({
  id: Type.String(),
  orderId: Type.String(),
  userId: Type.String(),
  status: ShipmentStatusName,
  carrier: Type.String(),
  trackingNumber: Type.String(),
  pincode: Type.String(),
  items: Type.Array(Type.Object({ productId: Type.String(), quantity: Type.Integer() })),
  estimatedDelivery: EstimatedDelivery,
  events: Type.Array(ShipmentEvent, { description: 'Oldest first' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const ShipmentList = Type.Object({ items: Type.Array(Shipment) });

export const CreateShipmentRequest = Type.Object(
  { orderId: OrderId, userId: UserId, pincode: Pincode, items: Items },
  { additionalProperties: false },
);

export const ShipmentParams = Type.Object({ shipmentId: ShipmentId }, { additionalProperties: false });

export const ShipmentListQuery = Type.Object({ orderId: OrderId }, { additionalProperties: false });

const Text = (maxLength: number) => Type.String({ minLength: 1, maxLength, pattern: '\\S' });

export const TrackingEventRequest = Type.Object(
  {
    status: TrackingStatusName,
    location: Text(120),
    note: Type.Optional(Text(300)),
  },
  { additionalProperties: false },
);

export const CancelShipmentRequest = Type.Object(
  { reason: Type.Optional(Text(300)) },
  { additionalProperties: false },
);

export type ShipmentBody = Static<typeof Shipment>;
export type CreateShipmentRequest = Static<typeof CreateShipmentRequest>;
export type TrackingEventRequest = Static<typeof TrackingEventRequest>;
