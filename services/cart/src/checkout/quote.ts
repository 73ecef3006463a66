/**
 * The cart page's pincode check: the cart's totals with shipping and the delivery estimate for a pincode,
 * for a customer or a guest. Nothing is reserved; checkout quotes again.
 */
import { ApiError } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { CartStore } from '../carts/cart-store.ts';
import type { CartView } from '../carts/cart-view.ts';
import { type CartOwner, ownerKey } from '../carts/owner.ts';
import type { Logistics } from '../dependencies/logistics.ts';
import { money } from '../money.ts';
import type { CheckoutQuoteBody } from '../schemas/checkout.ts';

export class CheckoutQuotes {
  readonly #carts: CartStore;
  readonly #view: CartView;
  readonly #logistics: Logistics;

  constructor(carts: CartStore, view: CartView, logistics: Logistics) {
    this.#carts = carts;
    this.#view = view;
    this.#logistics = logistics;
  }

  async quote(owner: CartOwner, pincode: string, request: FastifyRequest): Promise<CheckoutQuoteBody> {
    const cart = await this.#carts.find(ownerKey(owner));
    const { body, lines, discount } = await this.#view.render(owner, cart, request);
    const unbuyable = new Set(
      lines.blocked.filter((b) => b.code !== 'INSUFFICIENT_STOCK').map((b) => b.productId),
    );
    const items = (cart?.lines ?? [])
      .filter((l) => !unbuyable.has(l.productId))
      .map((l) => ({ productId: l.productId, quantity: l.quantity }));
    if (items.length === 0)
      throw new ApiError(422, 'CART_EMPTY', 'Add something to your cart to check delivery');
    const goods = lines.subtotal - discount;
    const quote = await this.#logistics.quote({ pincode, items, subtotal: money(goods) }, request);
    const base = { subtotal: body.totals.subtotal, discount: body.totals.discount };
    if (!quote) {
      return {
        pincode,
        serviceable: false,
        codAvailable: false,
        estimatedDelivery: null,
        totals: { ...base, shipping: null, total: money(goods) },
        itemCount: body.itemCount,
      };
    }
    return {
      pincode,
      serviceable: true,
      codAvailable: quote.codAvailable,
      estimatedDelivery: quote.estimatedDelivery,
      totals: { ...base, shipping: quote.shippingFee, total: money(goods + quote.shippingFee.amount) },
      itemCount: body.itemCount,
    };
  }
}
