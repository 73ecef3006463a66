/** Types every part of the logistics API shares: money, pincodes, delivery estimates. */
import { type Static, Type } from 'typebox';

export const pincodePattern = '^[1-9][0-9]{5}$';

export const Pincode = Type.String({
  pattern: pincodePattern,
  description: 'Indian PIN code: six digits, not starting with 0',
});

export const Money = Type.Object({
  amount: Type.Integer({ minimum: 0, description: 'Minor units (paise for INR)' }),
  currency: Type.String({ pattern: '^[A-Z]{3}$' }),
});

/** Money a client sends: INR only (the platform's one currency), at most ₹1 crore. */
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

export const ItemInput = Type.Object(
  { productId: ProductId, quantity: Type.Integer({ minimum: 1, maximum: 100 }) },
  { additionalProperties: false },
);

export const Items = Type.Array(ItemInput, { minItems: 1, maxItems: 50 });

export const zones = ['metro', 'tier2', 'rest', 'remote'] as const;
export type Zone = (typeof zones)[number];
export const ZoneName = Type.Enum(zones, {
  description: 'metro 1-2 days, tier2 2-4, rest 4-6, remote 6-9 (north-east, J&K, Ladakh, islands)',
});

export const EstimatedDelivery = Type.Object({
  minDays: Type.Integer({ minimum: 0, description: 'Delivery days (Sundays do not count)' }),
  maxDays: Type.Integer({ minimum: 0 }),
  from: Type.String({ format: 'date', description: 'Earliest delivery date (India time)' }),
  to: Type.String({ format: 'date', description: 'Latest delivery date (India time)' }),
});

export type MoneyBody = Static<typeof Money>;
export type ItemBody = Static<typeof ItemInput>;
export type EstimatedDeliveryBody = Static<typeof EstimatedDelivery>;
