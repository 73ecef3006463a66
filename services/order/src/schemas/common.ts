/** Types every part of the order API shares: money, ids, pincodes. */
import { type Static, Type } from 'typebox';

export const Money = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'Minor units (paise for INR)' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});

/** Money another service sends: INR only (the platform's one currency), at most ₹1 crore. */
export const MoneyInput = Type.Object(
  {
    amount: Type.Integer({ minimum: 0, maximum: 1_000_000_000, description: 'Minor units (paise)' }),
    currency: Type.Literal('INR'),
  },
  { additionalProperties: false },
);

export const ProductId = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 80,
  description: 'Product id (slug) from the product service',
});

export const UserId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,128}$', description: 'User id' });

export const OrderId = Type.String({ pattern: '^[A-Za-z0-9_-]{1,64}$' });

export const Pincode = Type.String({ pattern: '^[1-9][0-9]{5}$', description: 'Indian PIN code' });

export type MoneyBody = Static<typeof Money>;
