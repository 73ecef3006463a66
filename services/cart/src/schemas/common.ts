/** Types every part of the cart API shares: money, product ids, coupon codes. */

import { Money, MoneyInput, ProductId } from '@emporium/service-kit';
import { Type } from 'typebox';

export { Money, MoneyInput, ProductId };

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
