/** Types every part of the cart API shares: money, product ids, coupon codes. */
import { Type } from 'typebox';

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

/** The product service's id format (a slug). */
export const ProductId = Type.String({
  pattern: '^[a-z0-9]+(?:-[a-z0-9]+)*$',
  minLength: 1,
  maxLength: 80,
  description: 'Product id (slug) from the product service',
});

export const couponCodePattern = '^[A-Z0-9]{3,20}$';

export const CouponCode = Type.String({
  pattern: couponCodePattern,
  description: '3 to 20 upper-case letters and digits',
});

/** What shoppers type: any case; the service upper-cases it. */
export const CouponCodeInput = Type.String({
  pattern: '^[A-Za-z0-9]{3,20}$',
  description: '3 to 20 letters and digits, any case',
});

export const maxLineQuantity = 10;
export const maxCartLines = 50;

export const Quantity = Type.Integer({
  minimum: 1,
  maximum: maxLineQuantity,
  description: `1 to ${maxLineQuantity} of one product`,
});
