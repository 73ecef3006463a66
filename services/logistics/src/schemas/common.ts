/** Types every part of the logistics API shares: money, pincodes, delivery estimates. */

import { Money, type MoneyBody, MoneyInput, Pincode, ProductId, pincodePattern } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';

export { Money, type MoneyBody, MoneyInput, Pincode, ProductId, pincodePattern };

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

export type ItemBody = Static<typeof ItemInput>;
export type EstimatedDeliveryBody = Static<typeof EstimatedDelivery>;
