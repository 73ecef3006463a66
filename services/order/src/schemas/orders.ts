/** Orders as customers, admins and the cart service see them. */
import { ShippingAddress, type ShippingAddressBody } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { Money, MoneyInput, OrderId, ProductId, UserId } from './common.ts';

export const orderStatuses = [
  'placed',
  'packed',
  'shipped',
  'out_for_delivery',
  'delivered',
  'cancelled',
] as const;
export type OrderStatus = (typeof orderStatuses)[number];
export const OrderStatusName = Type.Enum(orderStatuses);

const Line = Type.Object({
  productId: Type.String(),
  name: Type.String(),
  image: Type.Union([Type.String(), Type.Null()]),
  quantity: Type.Integer(),
  unitPrice: Money,
  lineTotal: Money,
});

const Totals = Type.Object({ subtotal: Money, discount: Money, shipping: Money, total: Money });

export const TimelineEntry = Type.Object({
  status: OrderStatusName,
  at: Type.String({ format: 'date-time' }),
  note: Type.String(),
  location: Type.Optional(Type.String()),
  shipmentStatus: Type.Optional(Type.String({ description: 'The carrier event behind this entry' })),
});

export const Order = Type.Object({
  id: Type.String(),
  number: Type.String({ description: 'What the customer quotes, e.g. EM-20250614-7KQ2XM' }),
  userId: Type.String(),
  status: OrderStatusName,
  cancellable: Type.Boolean({ description: 'The customer can still cancel (placed or packed)' }),
  lines: Type.Array(Line),
  totals: Totals,
  coupon: Type.Union([Type.Object({ code: Type.String() }), Type.Null()]),
  shippingAddress: ShippingAddress,
  paymentMethod: Type.Literal('cod'),
  shipmentId: Type.Union([Type.String(), Type.Null()], {
    description: 'The logistics shipment; null until it is booked (logistics may be down for a while)',
  }),
  timeline: Type.Array(TimelineEntry, { description: 'Oldest first' }),
  cancellation: Type.Union([
    Type.Object({
      reason: Type.Union([Type.String(), Type.Null()]),
      at: Type.String({ format: 'date-time' }),
    }),
    Type.Null(),
  ]),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const OrderSummary = Type.Object({
  id: Type.String(),
  number: Type.String(),
  status: OrderStatusName,
  total: Money,
  itemCount: Type.Integer({ description: 'Units over all lines' }),
  lines: Type.Array(
    Type.Object({
      productId: Type.String(),
      name: Type.String(),
      image: Type.Union([Type.String(), Type.Null()]),
      quantity: Type.Integer(),
    }),
  ),
  createdAt: Type.String({ format: 'date-time' }),
});

export const OrderList = Type.Object({
  items: Type.Array(OrderSummary),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

const Limit = Type.Integer({ minimum: 1, maximum: 50, default: 20 });
const Cursor = Type.String({ minLength: 1, maxLength: 512, description: 'nextCursor of the previous page' });

export const OrderListQuery = Type.Object(
  { limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);

export const AdminOrderListQuery = Type.Object(
  { status: Type.Optional(OrderStatusName), limit: Type.Optional(Limit), cursor: Type.Optional(Cursor) },
  { additionalProperties: false },
);

export const OrderParams = Type.Object({ orderId: OrderId }, { additionalProperties: false });

export const CancelRequest = Type.Object(
  { reason: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })) },
  { additionalProperties: false },
);

export const idempotencyKeyPattern = '^[A-Za-z0-9_-]{8,128}$';

export const CreateOrderHeaders = Type.Object({
  'idempotency-key': Type.String({
    pattern: idempotencyKeyPattern,
    description: "The checkout's key: the same key (per user) always yields the same order",
  }),
});

const CheckoutId = Type.String({ pattern: '^[A-Za-z0-9._:@-]{8,128}$' });

export const CreateOrderRequest = Type.Object(
  {
    userId: UserId,
    checkoutId: CheckoutId,
    reservationId: CheckoutId,
    lines: Type.Array(
      Type.Object(
        {
          productId: ProductId,
          name: Type.String({ minLength: 1, maxLength: 200 }),
          image: Type.Union([Type.String({ minLength: 1, maxLength: 2048 }), Type.Null()]),
          quantity: Type.Integer({ minimum: 1, maximum: 10 }),
          unitPrice: MoneyInput,
          lineTotal: MoneyInput,
        },
        { additionalProperties: false },
      ),
      { minItems: 1, maxItems: 50 },
    ),
    totals: Type.Object(
      { subtotal: MoneyInput, discount: MoneyInput, shipping: MoneyInput, total: MoneyInput },
      { additionalProperties: false },
    ),
    coupon: Type.Union([
      Type.Object({ code: Type.String({ pattern: '^[A-Z0-9]{3,20}$' }) }, { additionalProperties: false }),
      Type.Null(),
    ]),
    shippingAddress: ShippingAddress,
    paymentMethod: Type.Literal('cod'),
  },
  { additionalProperties: false },
);

export type OrderBody = Static<typeof Order>;
export type OrderSummaryBody = Static<typeof OrderSummary>;
export type CreateOrderRequest = Static<typeof CreateOrderRequest>;
export { ShippingAddress, type ShippingAddressBody };
export type TimelineEntryBody = Static<typeof TimelineEntry>;
