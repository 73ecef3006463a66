/**
 * What the cart routes do: each method is one shopper action, a change to the stored cart (cart-lines.ts,
 * merge.ts) followed by the priced cart (cart-view.ts).
 */
import { notFound } from '@emporium/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { CouponStore } from '../coupons/coupon-store.ts';
import { rejectionError } from '../coupons/rules.ts';
import type { CatalogProduct, ProductCatalog } from '../dependencies/product.ts';
import type { CartBody, CartIssueBody } from '../schemas/cart.ts';
import { addLine, removeLine, requireLine, setLineQuantity } from './cart-lines.ts';
import type { CartStore } from './cart-store.ts';
import type { CartView } from './cart-view.ts';
import { mergeGuestCart } from './merge.ts';
import { type CartOwner, ownerKey } from './owner.ts';

export interface CartsDependencies {
  store: CartStore;
  view: CartView;
  coupons: CouponStore;
  catalog: ProductCatalog;
  events: FastifyInstance['events'];
}

export class Carts {
  readonly #d: CartsDependencies;

  constructor(dependencies: CartsDependencies) {
    this.#d = dependencies;
  }

  /** The cart, priced live; while the product service is down, as last seen (`pricing: 'unavailable'`). */
  async get(owner: CartOwner, request: FastifyRequest): Promise<CartBody> {
    const cart = await this.#d.store.find(ownerKey(owner));
    return (await this.#d.view.render(owner, cart, request, { degrade: true })).body;
  }

  async addItem(
    owner: CartOwner,
    productId: string,
    quantity: number,
    request: FastifyRequest,
  ): Promise<CartBody> {
    const key = ownerKey(owner);
    const current = await this.#d.store.find(key);
    // One catalog read prices the new product and the lines already in the cart.
    const products = await this.#d.catalog.products(
      [productId, ...(current?.lines ?? []).map((l) => l.productId)],
      request,
    );
    const product = this.#product(products, productId);
    const cart = await this.#d.store.update(key, (content) =>
      addLine(content, product, quantity, new Date()),
    );
    const line = cart?.lines.find((l) => l.productId === productId);
    this.#d.events.emit({
      type: 'cart.item_added',
      subject: productId,
      ...(owner.kind === 'customer' ? { userId: owner.id } : {}),
      data: {
        quantity,
        lineQuantity: line?.quantity ?? quantity,
        unitPrice: product.price,
        guest: owner.kind === 'guest',
      },
    });
    return (await this.#d.view.render(owner, cart, request, { known: products, degrade: true })).body;
  }

  async setQuantity(
    owner: CartOwner,
    productId: string,
    quantity: number,
    request: FastifyRequest,
  ): Promise<CartBody> {
    const key = ownerKey(owner);
    const current = await this.#d.store.find(key);
    requireLine({ lines: current?.lines ?? [], coupon: null, merged: [] }, productId);
    const products = await this.#d.catalog.products(current?.lines.map((l) => l.productId) ?? [], request);
    const product = this.#product(products, productId);
    const cart = await this.#d.store.update(key, (content) => setLineQuantity(content, product, quantity));
    return (await this.#d.view.render(owner, cart, request, { known: products, degrade: true })).body;
  }

  async removeItem(owner: CartOwner, productId: string, request: FastifyRequest): Promise<CartBody> {
    const cart = await this.#d.store.update(ownerKey(owner), (content) => removeLine(content, productId));
    return (await this.#d.view.render(owner, cart, request, { degrade: true })).body;
  }

  /** Empties the cart: lines and coupon. */
  async clear(owner: CartOwner, request: FastifyRequest): Promise<CartBody> {
    const cart = await this.#d.store.update(ownerKey(owner), (content) => ({
      ...content,
      lines: [],
      coupon: null,
    }));
    return (await this.#d.view.render(owner, cart, request, { degrade: true })).body;
  }

  /**
   * Applies a coupon after checking it against the cart as it is now. A guest's per-customer limit can't
   * be known yet; checkout checks it again.
   */
  async applyCoupon(owner: CartOwner, rawCode: string, request: FastifyRequest): Promise<CartBody> {
    const code = rawCode.toUpperCase();
    const key = ownerKey(owner);
    const current = await this.#d.store.find(key);
    const { lines } = await this.#d.view.priceLines(current, request);
    const { rejection } = await this.#d.coupons.evaluate(
      code,
      lines.subtotal,
      owner.kind === 'customer' ? owner.id : undefined,
    );
    if (rejection) throw rejectionError(rejection);
    const cart = await this.#d.store.update(key, (content) => ({
      ...content,
      coupon: { code, appliedAt: new Date() },
    }));
    return (await this.#d.view.render(owner, cart, request, { degrade: true })).body;
  }

  async removeCoupon(owner: CartOwner, request: FastifyRequest): Promise<CartBody> {
    const cart = await this.#d.store.update(ownerKey(owner), (content) => {
      if (!content.coupon) throw notFound('NO_COUPON_APPLIED', 'The cart has no coupon');
      return { ...content, coupon: null };
    });
    return (await this.#d.view.render(owner, cart, request, { degrade: true })).body;
  }

  /**
   * Moves a guest cart into the customer's cart and deletes it. Null when there was nothing to merge
   * (no guest cart, an empty one, or one merged already).
   */
  async merge(customerId: string, guestId: string, request: FastifyRequest): Promise<CartBody | null> {
    const owner: CartOwner = { kind: 'customer', id: customerId };
    const guestKey = ownerKey({ kind: 'guest', id: guestId });
    const guest = await this.#d.store.find(guestKey);
    if (!guest || (guest.lines.length === 0 && guest.coupon === null)) {
      if (guest) await this.#d.store.delete(guestKey);
      return null;
    }
    const userKey = ownerKey(owner);
    const mine = await this.#d.store.find(userKey);
    const ids = [...guest.lines, ...(mine?.lines ?? [])].map((l) => l.productId);
    const products = await this.#d.catalog.products(ids, request);
    let issues: CartIssueBody[] = [];
    const cart = await this.#d.store.update(userKey, (content) => {
      const merged = mergeGuestCart(content, guest, products);
      issues = merged.issues;
      return merged.content;
    });
    // Deleted whatever its version: a line a guest tab added in the last milliseconds is lost rather than
    // everything merged being counted twice by the next merge.
    await this.#d.store.delete(guestKey);
    return (
      await this.#d.view.render(owner, cart, request, { known: products, degrade: true, extraIssues: issues })
    ).body;
  }

  #product(products: ReadonlyMap<string, CatalogProduct>, productId: string): CatalogProduct {
    const product = products.get(productId);
    if (!product) throw notFound('PRODUCT_NOT_FOUND', `No product with id "${productId}"`);
    return product;
  }
}
