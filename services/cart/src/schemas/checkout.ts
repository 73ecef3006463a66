/** Checkout and the shipping quote of the cart page. */
import { Pincode, ShippingAddress, type ShippingAddressBody } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';
import { Money } from './common.ts';

export { Pincode, ShippingAddress, type ShippingAddressBody };

export const CheckoutBody = Type.Object(
  {
    shippingAddress: ShippingAddress,
    paymentMethod: Type.Literal('cod', { description: 'Cash on delivery, the only method' }),
  },
  { additionalProperties: false },
);

export const idempotencyKeyPattern = '^[A-Za-z0-9_-]{8,128}$';

export const CheckoutHeaders = Type.Object({
  'idempotency-key': Type.Optional(
    Type.String({
      pattern: idempotencyKeyPattern,
      description:
        'Required. 8 to 128 characters of A-Z, a-z, 0-9, _ or -. One per checkout attempt the shopper ' +
        'means: repeating it (a retry after a timeout, a double click) returns the same order.',
    }),
  ),
});

/** The order as the order service returned it; its full shape is in the order service's API. */
export const PlacedOrder = Type.Object(
  { id: Type.String(), number: Type.String(), status: Type.String() },
  { additionalProperties: true },
);

export const CheckoutResult = Type.Object({
  checkoutId: Type.String(),
  order: PlacedOrder,
});

export const QuoteQuery = Type.Object({ pincode: Pincode }, { additionalProperties: false });

export const EstimatedDelivery = Type.Object({
  minDays: Type.Integer({ minimum: 0 }),
  maxDays: Type.Integer({ minimum: 0 }),
  from: Type.String({ description: 'Earliest delivery date' }),
  to: Type.String({ description: 'Latest delivery date' }),
});

export const CheckoutQuote = Type.Object({
  pincode: Type.String(),
  serviceable: Type.Boolean(),
  codAvailable: Type.Boolean(),
  estimatedDelivery: Type.Union([EstimatedDelivery, Type.Null()]),
  totals: Type.Object({
    subtotal: Money,
    discount: Money,
    shipping: Type.Union([Money, Type.Null()], { description: 'null when the pincode is not serviceable' }),
    total: Money,
  }),
  itemCount: Type.Integer({ minimum: 0 }),
});

export type CheckoutRequest = Static<typeof CheckoutBody>;
export type CheckoutResultBody = Static<typeof CheckoutResult>;
export type CheckoutQuoteBody = Static<typeof CheckoutQuote>;
