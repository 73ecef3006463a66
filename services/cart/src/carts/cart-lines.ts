/**
 * The rules for changing cart lines, as pure functions over cart content: at most 10 of a product, never
 * more than its stock, at most 50 lines. They throw the API error the shopper sees.
 */
import { ApiError, notFound } from '@emporium/service-kit';
import { type CatalogProduct, firstImage } from '../dependencies/product.ts';
import { maxCartLines, maxLineQuantity } from '../schemas/common.ts';
import type { CartContent, StoredLine } from './documents.ts';

export function lineFor(product: CatalogProduct, quantity: number, addedAt: Date): StoredLine {
  return {
    productId: product.id,
    quantity,
    name: product.name,
    image: firstImage(product),
    unitPrice: product.price.amount,
    currency: product.price.currency,
    addedAt,
  };
}

/** 409 when `quantity` of `product` can't be in one line. */
export function checkQuantity(product: CatalogProduct, quantity: number, inCart: number): void {
  if (quantity > maxLineQuantity) {
    throw new ApiError(
      409,
      'QUANTITY_LIMIT_REACHED',
      `You can buy at most ${maxLineQuantity} of ${product.name}${inCart > 0 ? `; you have ${inCart} in your cart` : ''}`,
    );
  }
  if (quantity > product.stock) {
    throw new ApiError(
      409,
      'INSUFFICIENT_STOCK',
      product.stock <= 0
        ? `${product.name} is out of stock`
        : `Only ${product.stock} of ${product.name} in stock${inCart > 0 ? `; you have ${inCart} in your cart` : ''}`,
    );
  }
}

/** Adds `quantity` of `product`, to its line if the cart has one. */
export function addLine(
  cart: CartContent,
  product: CatalogProduct,
  quantity: number,
  now: Date,
): CartContent {
  const existing = cart.lines.find((l) => l.productId === product.id);
  const inCart = existing?.quantity ?? 0;
  checkQuantity(product, inCart + quantity, inCart);
  if (!existing && cart.lines.length >= maxCartLines) {
    throw new ApiError(409, 'CART_FULL', `A cart holds at most ${maxCartLines} different products`);
  }
  const line = { ...lineFor(product, inCart + quantity, existing?.addedAt ?? now) };
  return {
    ...cart,
    lines: existing ? cart.lines.map((l) => (l.productId === product.id ? line : l)) : [...cart.lines, line],
  };
}

/** Sets a line's quantity; the current price becomes the one the shopper has seen. */
export function setLineQuantity(cart: CartContent, product: CatalogProduct, quantity: number): CartContent {
  const existing = requireLine(cart, product.id);
  checkQuantity(product, quantity, 0);
  const line = lineFor(product, quantity, existing.addedAt);
  return { ...cart, lines: cart.lines.map((l) => (l.productId === product.id ? line : l)) };
}

export function removeLine(cart: CartContent, productId: string): CartContent {
  requireLine(cart, productId);
  return { ...cart, lines: cart.lines.filter((l) => l.productId !== productId) };
}

export function requireLine(cart: CartContent, productId: string): StoredLine {
  const line = cart.lines.find((l) => l.productId === productId);
  if (!line) throw notFound('ITEM_NOT_IN_CART', `Product "${productId}" is not in the cart`);
  return line;
}

/**
 * Takes checked-out quantities out of the cart (after the order exists). Lines added or raised while
 * the checkout ran keep what was added meanwhile.
 */
export function removeCheckedOut(
  cart: CartContent,
  checkedOut: readonly { productId: string; quantity: number }[],
  couponCode: string | null,
): CartContent {
  const bought = new Map(checkedOut.map((l) => [l.productId, l.quantity]));
  const lines = cart.lines
    .map((l) => ({ ...l, quantity: l.quantity - (bought.get(l.productId) ?? 0) }))
    .filter((l) => l.quantity > 0);
  const coupon = couponCode !== null && cart.coupon?.code === couponCode ? null : cart.coupon;
  return { ...cart, lines, coupon };
}
