/**
 * Building the order from a priced cart, and the checks of checkout's steps 2 and 4 that turn a cart
 * which can't be bought as it is into a clear error.
 */
import { ApiError } from '@emporium/service-kit';
import type { StoredLine } from '../carts/documents.ts';
import type { PricedLines } from '../carts/pricing.ts';
import type { OrderLine, OrderRequest } from '../dependencies/order.ts';
import type { CatalogProduct, Reservation } from '../dependencies/product.ts';
import { firstImage } from '../dependencies/product.ts';
import { type Money, money } from '../money.ts';
import type { ShippingAddressBody } from '../schemas/checkout.ts';

/** 409 when a line can't be bought: a product gone (PRODUCT_UNAVAILABLE) or short of stock (OUT_OF_STOCK). */
export function assertBuyable(priced: PricedLines): void {
  if (priced.blocked.length === 0) return;
  const details = priced.blocked.map((b) => ({
    in: 'cart',
    path: `/items/${b.productId}`,
    message: b.message,
  }));
  const gone = priced.blocked.some((b) => b.code === 'PRODUCT_UNAVAILABLE');
  const first = priced.blocked[0]?.message ?? '';
  throw new ApiError(
    409,
    gone ? 'PRODUCT_UNAVAILABLE' : 'OUT_OF_STOCK',
    priced.blocked.length === 1 ? first : `${first} (and ${priced.blocked.length - 1} more problems)`,
    { details },
  );
}

export function orderLines(
  lines: readonly StoredLine[],
  products: ReadonlyMap<string, CatalogProduct>,
): OrderLine[] {
  return lines.map((line) => {
    const product = products.get(line.productId);
    if (!product) throw new Error(`line ${line.productId} was priced without its product`);
    return {
      productId: line.productId,
      name: product.name,
      image: firstImage(product),
      quantity: line.quantity,
      unitPrice: product.price,
      lineTotal: money(product.price.amount * line.quantity),
    };
  });
}

/**
 * The reservation prices the stock at the moment it is taken; if a price changed since the cart was
 * priced a moment earlier, the shopper must see the new price before buying.
 */
export function assertPricesHeld(lines: readonly OrderLine[], reservation: Reservation): void {
  const reserved = new Map(reservation.lines.map((l) => [l.productId, l.unitPrice.amount]));
  const changed = lines.filter((l) => {
    const price = reserved.get(l.productId);
    return price !== undefined && price !== l.unitPrice.amount;
  });
  if (changed.length > 0) {
    throw new ApiError(
      409,
      'PRICE_CHANGED',
      'Prices changed while you were checking out; review your cart and try again',
      {
        details: changed.map((l) => ({
          in: 'cart',
          path: `/items/${l.productId}`,
          message: 'price changed',
        })),
      },
    );
  }
}

export function buildOrderRequest(input: {
  userId: string;
  checkoutId: string;
  lines: OrderLine[];
  subtotal: number;
  discount: number;
  shipping: Money;
  couponCode: string | null;
  shippingAddress: ShippingAddressBody;
}): OrderRequest {
  return {
    userId: input.userId,
    checkoutId: input.checkoutId,
    reservationId: input.checkoutId,
    lines: input.lines,
    totals: {
      subtotal: money(input.subtotal),
      discount: money(input.discount),
      shipping: input.shipping,
      total: money(input.subtotal - input.discount + input.shipping.amount),
    },
    coupon: input.couponCode === null ? null : { code: input.couponCode },
    shippingAddress: input.shippingAddress,
    paymentMethod: 'cod',
  };
}
