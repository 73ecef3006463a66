/** Pincode look-ups and shipping quotes: public, the cart page and checkout use them. */
import { type Static, Type } from 'typebox';
import { EstimatedDelivery, Items, Money, MoneyInput, Pincode, ZoneName } from './common.ts';

export const PincodeParams = Type.Object({ pincode: Pincode }, { additionalProperties: false });

export const PincodeInfo = Type.Object({
  pincode: Type.String(),
  serviceable: Type.Boolean({ description: 'false for unknown pincodes and for areas we do not deliver to' }),
  area: Type.Union([Type.String(), Type.Null()], { description: 'Post office area; null when unknown' }),
  city: Type.Union([Type.String(), Type.Null()], { description: 'City or district; null when unknown' }),
  state: Type.Union([Type.String(), Type.Null()]),
  zone: Type.Union([ZoneName, Type.Null()]),
  codAvailable: Type.Boolean({ description: 'Whether cash on delivery is possible here' }),
  estimatedDelivery: Type.Union([EstimatedDelivery, Type.Null()], {
    description: 'null when not serviceable',
  }),
});

export const QuoteRequest = Type.Object(
  {
    pincode: Pincode,
    items: Items,
    /** What the goods cost after discounts; the free-delivery threshold applies to it. */
    subtotal: MoneyInput,
  },
  { additionalProperties: false },
);

export const Quote = Type.Object({
  pincode: Type.String(),
  serviceable: Type.Boolean(),
  shippingFee: Type.Union([Money, Type.Null()], { description: 'null when the pincode is not serviceable' }),
  freeShippingApplied: Type.Boolean(),
  codAvailable: Type.Boolean(),
  estimatedDelivery: Type.Union([EstimatedDelivery, Type.Null()]),
});

export type PincodeInfoBody = Static<typeof PincodeInfo>;
export type QuoteRequest = Static<typeof QuoteRequest>;
export type QuoteBody = Static<typeof Quote>;
