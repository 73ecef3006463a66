/**
 * API types that several services exchange with each other and with browsers, declared once so the
 * product id a cart sends is exactly the one the product service accepts, and money means the same
 * everywhere: an integer amount in minor units (paise) with its currency, never a float.
 */
import { type Static, Type } from 'typebox';

export const Money = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'Minor units (paise for INR)' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});
export type MoneyBody = Static<typeof Money>;

/** Money a client or another service sends: INR only (the platform's one currency), at most ₹1 crore. */
export const MoneyInput = Type.Object(
  {
    amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Minor units (paise)' }),
    currency: Type.Literal('INR'),
  },
  { additionalProperties: false },
);

/** The product service's id format (a slug). */
export const productIdPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
export const ProductId = Type.String({
  pattern: productIdPattern,
  minLength: 1,
  maxLength: 80,
  description: 'Product id (slug) from the product service',
});

/** Indian PIN code: six digits, not starting with 0. */
export const pincodePattern = '^[1-9][0-9]{5}$';
export const Pincode = Type.String({
  pattern: pincodePattern,
  description: 'Indian PIN code: six digits, not starting with 0',
});

/** Where an order goes: what checkout (cart service) sends and the order service stores as is. */
export const ShippingAddress = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100 }),
    phone: Type.String({ pattern: '^(\\+91)?[6-9][0-9]{9}$', description: 'Indian mobile number' }),
    line1: Type.String({ minLength: 1, maxLength: 200 }),
    line2: Type.Optional(Type.String({ maxLength: 200 })),
    landmark: Type.Optional(Type.String({ maxLength: 100 })),
    city: Type.String({ minLength: 1, maxLength: 80 }),
    state: Type.String({ minLength: 1, maxLength: 80 }),
    pincode: Pincode,
  },
  { additionalProperties: false },
);
export type ShippingAddressBody = Static<typeof ShippingAddress>;
