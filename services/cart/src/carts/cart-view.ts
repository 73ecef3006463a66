/**
 * The cart as the shopper sees it: lines priced live (or as last seen while the product service is down),
 * the coupon with its discount or the reason it no longer applies, totals and issues. After showing a
 * price change it records the new price, so each change is reported once.
 */
import { ApiError } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { CouponStore } from '../coupons/coupon-store.ts';
import type { CatalogProduct, ProductCatalog } from '../dependencies/product.ts';
import { money } from '../money.ts';
import type { AppliedCouponBody, CartBody, CartIssueBody } from '../schemas/cart.ts';
import { type CartStore, contentOf } from './cart-store.ts';
import type { CartDocument, StoredCoupon } from './documents.ts';
import type { CartOwner } from './owner.ts';
import { type PricedLines, priceLines, unpricedLines } from './pricing.ts';

export interface PricedCart {
  body: CartBody;
  lines: PricedLines;
  /** The applied coupon's discount when it applies now, minor units. */
  discount: number;
}

export class CartView {
  readonly #store: CartStore;
  readonly #coupons: CouponStore;
  readonly #catalog: ProductCatalog;

  constructor(store: CartStore, coupons: CouponStore, catalog: ProductCatalog) {
    this.#store = store;
    this.#coupons = coupons;
    this.#catalog = catalog;
  }

  /**
   * The cart's lines priced from the catalog. `known` products (already fetched by the caller) are not
   * fetched again. With `degrade`, an unreachable product service gives the lines as last seen instead
   * of a 503.
   */
  async priceLines(
    cart: CartDocument | null,
    request: FastifyRequest,
    { known, degrade = false }: { known?: ReadonlyMap<string, CatalogProduct>; degrade?: boolean } = {},
  ): Promise<{ lines: PricedLines; live: boolean }> {
    const stored = cart?.lines ?? [];
    const ids = stored.map((l) => l.productId);
    try {
      const products =
        known && ids.every((id) => known.has(id)) ? known : await this.#catalog.products(ids, request);
      return { lines: priceLines(stored, products), live: true };
    } catch (err) {
      const unavailable = err instanceof ApiError && err.code === 'DEPENDENCY_UNAVAILABLE';
      if (!degrade || !unavailable) throw err;
      return { lines: unpricedLines(stored), live: false };
    }
  }

  async render(
    owner: CartOwner,
    cart: CartDocument | null,
    request: FastifyRequest,
    options: {
      known?: ReadonlyMap<string, CatalogProduct>;
      degrade?: boolean;
      extraIssues?: CartIssueBody[];
    } = {},
  ): Promise<PricedCart> {
    const { lines, live } = await this.priceLines(cart, request, options);
    const { coupon, discount, issue } = await this.#couponFor(owner, cart?.coupon ?? null, lines.subtotal);
    const issues = [...lines.issues, ...(issue ? [issue] : []), ...(options.extraIssues ?? [])];
    if (cart && lines.refreshed.length > 0) await this.#acknowledge(cart, lines);
    return {
      lines,
      discount,
      body: {
        items: lines.items,
        coupon,
        totals: {
          subtotal: money(lines.subtotal),
          discount: money(discount),
          total: money(lines.subtotal - discount),
        },
        itemCount: lines.itemCount,
        issues,
        pricing: live ? 'live' : 'unavailable',
      },
    };
  }

  async #couponFor(
    owner: CartOwner,
    applied: StoredCoupon | null,
    subtotal: number,
  ): Promise<{ coupon: AppliedCouponBody | null; discount: number; issue?: CartIssueBody }> {
    if (!applied) return { coupon: null, discount: 0 };
    const evaluation = await this.#coupons.evaluate(
      applied.code,
      subtotal,
      owner.kind === 'customer' ? owner.id : undefined,
    );
    const description = evaluation.coupon?.description ?? '';
    if (evaluation.rejection) {
      return {
        coupon: { code: applied.code, description, discount: money(0), applicable: false },
        discount: 0,
        issue: {
          code: 'COUPON_NOT_APPLICABLE',
          reason: evaluation.rejection.code,
          message: evaluation.rejection.message,
        },
      };
    }
    const { discount } = evaluation;
    return {
      coupon: { code: applied.code, description, discount: money(discount), applicable: true },
      discount,
    };
  }

  /**
   * Stores the catalog's current name, image and price in the lines just shown, so a price change is
   * reported once. Best effort: if the cart changed meanwhile, the notice simply shows again next time.
   */
  async #acknowledge(cart: CartDocument, lines: PricedLines): Promise<void> {
    const refreshed = new Map(lines.refreshed.map((l) => [l.productId, l]));
    const content = contentOf(cart);
    await this.#store.replaceIfUnchanged(cart, {
      ...content,
      lines: content.lines.map((l) => refreshed.get(l.productId) ?? l),
    });
  }
}
