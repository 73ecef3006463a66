/** The cart service's API shapes (services/cart/src/schemas), as the browser receives them. */
import type { Money } from '../money.ts';

export interface CartItem {
  productId: string;
  name: string;
  /** URL of the first product image. */
  image: string | null;
  unitPrice: Money;
  quantity: number;
  lineTotal: Money;
  /** null while pricing is unavailable. */
  inStock: boolean | null;
  /** null while pricing is unavailable. */
  availableStock: number | null;
}

export const cartIssueCodes = [
  'PRICE_CHANGED',
  'OUT_OF_STOCK',
  'INSUFFICIENT_STOCK',
  'PRODUCT_UNAVAILABLE',
  'PRICING_UNAVAILABLE',
  'COUPON_NOT_APPLICABLE',
  'MERGE_LINES_DROPPED',
  'MERGE_QUANTITY_CAPPED',
] as const;
export type CartIssueCode = (typeof cartIssueCodes)[number];

export interface CartIssue {
  code: CartIssueCode;
  /** Written for the shopper. */
  message: string;
  productId?: string;
  /** For COUPON_NOT_APPLICABLE: the error code applying the coupon would give. */
  reason?: string;
}

export interface AppliedCoupon {
  code: string;
  description: string;
  discount: Money;
  /** false when the coupon no longer applies (see issues); discount is then 0. */
  applicable: boolean;
}

export interface CartTotals {
  subtotal: Money;
  discount: Money;
  total: Money;
}

export interface Cart {
  items: CartItem[];
  coupon: AppliedCoupon | null;
  totals: CartTotals;
  /** Units in the cart (sum of quantities). */
  itemCount: number;
  issues: CartIssue[];
  /** `unavailable` while the product service is down: last-seen prices, unknown stock, no checkout. */
  pricing: 'live' | 'unavailable';
}

/** A line holds 1 to 10 units of one product. */
export const maxLineQuantity = 10;

export interface EstimatedDelivery {
  minDays: number;
  maxDays: number;
  /** Earliest delivery date (ISO date). */
  from: string;
  /** Latest delivery date (ISO date). */
  to: string;
}

export interface CheckoutQuote {
  pincode: string;
  serviceable: boolean;
  codAvailable: boolean;
  estimatedDelivery: EstimatedDelivery | null;
  totals: {
    subtotal: Money;
    discount: Money;
    /** null when the pincode is not serviceable. */
    shipping: Money | null;
    total: Money;
  };
  itemCount: number;
}

export interface ShippingAddress {
  name: string;
  /** Indian mobile number, optionally with +91. */
  phone: string;
  line1: string;
  line2?: string;
  landmark?: string;
  city: string;
  state: string;
  /** 6-digit PIN code. */
  pincode: string;
}

export interface CheckoutRequest {
  shippingAddress: ShippingAddress;
  /** Cash on delivery is the only method. */
  paymentMethod: 'cod';
}

export interface CheckoutResult {
  checkoutId: string;
  /** The order as the order service placed it; the orders client reads it in full. */
  order: { id: string; number: string; status: string };
}
