/** The cart as clients see it, and what they send to change it. */
import { type Static, Type } from 'typebox';
import { CouponCodeInput, Money, ProductId, Quantity } from './common.ts';

export const CartItem = Type.Object({
  productId: Type.String(),
  name: Type.String(),
  image: Type.Union([Type.String(), Type.Null()], { description: 'URL of the first product image' }),
  unitPrice: Money,
  quantity: Type.Integer({ minimum: 1 }),
  lineTotal: Money,
  inStock: Type.Union([Type.Boolean(), Type.Null()], { description: 'null while pricing is unavailable' }),
  availableStock: Type.Union([Type.Integer({ minimum: 0 }), Type.Null()], {
    description: 'null while pricing is unavailable',
  }),
});

export const issueCodes = [
  'PRICE_CHANGED',
  'OUT_OF_STOCK',
  'INSUFFICIENT_STOCK',
  'PRODUCT_UNAVAILABLE',
  'PRICING_UNAVAILABLE',
  'COUPON_NOT_APPLICABLE',
  'MERGE_LINES_DROPPED',
  'MERGE_QUANTITY_CAPPED',
] as const;
export type IssueCode = (typeof issueCodes)[number];

export const CartIssue = Type.Object({
  code: Type.Enum(issueCodes),
  message: Type.String({ description: 'For the shopper' }),
  productId: Type.Optional(Type.String()),
  reason: Type.Optional(
    Type.String({ description: 'For COUPON_NOT_APPLICABLE: the error code applying would give' }),
  ),
});

export const AppliedCoupon = Type.Object({
  code: Type.String(),
  description: Type.String(),
  discount: Money,
  applicable: Type.Boolean({
    description: 'false when the coupon no longer applies (see issues); discount is then 0',
  }),
});

export const CartTotals = Type.Object({
  subtotal: Money,
  discount: Money,
  total: Money,
});

export const Cart = Type.Object({
  items: Type.Array(CartItem),
  coupon: Type.Union([AppliedCoupon, Type.Null()]),
  totals: CartTotals,
  itemCount: Type.Integer({ minimum: 0, description: 'Units in the cart (sum of quantities)' }),
  issues: Type.Array(CartIssue, {
    description:
      'Things the shopper should know: a price that changed since the item was added (reported once), ' +
      'stock running out, a product gone from the catalog, a coupon that no longer applies',
  }),
  pricing: Type.Union([Type.Literal('live'), Type.Literal('unavailable')], {
    description:
      '`unavailable` when the product service cannot be reached: items show the price last seen and ' +
      'stock is unknown; adding items and checkout wait until it is back',
  }),
});

export const AddItemBody = Type.Object(
  { productId: ProductId, quantity: Quantity },
  { additionalProperties: false },
);

export const UpdateItemBody = Type.Object({ quantity: Quantity }, { additionalProperties: false });

export const ItemParams = Type.Object({ productId: ProductId }, { additionalProperties: false });

export const ApplyCouponBody = Type.Object({ code: CouponCodeInput }, { additionalProperties: false });

export type CartBody = Static<typeof Cart>;
export type CartIssueBody = Static<typeof CartIssue>;
export type CartItemBody = Static<typeof CartItem>;
export type AppliedCouponBody = Static<typeof AppliedCoupon>;
