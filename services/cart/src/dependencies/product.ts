/**
 * What the cart needs from the product service: current prices and stock (public batch read), and stock
 * reservations at checkout (internal, with the cart's service key).
 */
import { ApiError, ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Money } from '../money.ts';

/** The fields of the product service's Product the cart reads. */
export interface CatalogProduct {
  id: string;
  name: string;
  price: Money;
  stock: number;
  images: { url: string; alt: string }[];
}

export interface ReservedLine {
  productId: string;
  quantity: number;
  unitPrice: Money;
  name: string;
  image: { url: string; alt: string } | null;
}

export interface Reservation {
  reservationId: string;
  status: string;
  lines: ReservedLine[];
}

// The product service's batch route takes at most 100 ids; carts hold at most 50 lines.
const batchSize = 100;

export class ProductCatalog {
  readonly #client: ServiceClient;

  constructor(client: ServiceClient) {
    this.#client = client;
  }

  /** The products that exist among `ids`, by id. Down or slow: 503 DEPENDENCY_UNAVAILABLE. */
  async products(ids: readonly string[], request?: FastifyRequest): Promise<Map<string, CatalogProduct>> {
    const found = new Map<string, CatalogProduct>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += batchSize) {
      const { items } = await this.#client.post<{ items: CatalogProduct[]; missing: string[] }>(
        '/products/batch',
        { ids: unique.slice(i, i + batchSize) },
        { request },
      );
      for (const product of items) found.set(product.id, product);
    }
    return found;
  }

  /**
   * Reserves stock for every line or none (the product service undoes partial reservations). Out of stock:
   * 409 OUT_OF_STOCK with the product service's details.
   */
  async reserve(
    reservationId: string,
    lines: { productId: string; quantity: number }[],
    request?: FastifyRequest,
  ): Promise<Reservation> {
    try {
      return await this.#client.post<Reservation>(
        '/internal/reservations',
        { reservationId, lines },
        {
          request,
          idempotencyKey: reservationId,
        },
      );
    } catch (err) {
      if (err instanceof ServiceCallError && err.code === 'OUT_OF_STOCK') {
        throw new ApiError(
          409,
          'OUT_OF_STOCK',
          err.body?.message ?? 'Some items in your cart are no longer in stock in the quantity you chose',
          err.body?.details ? { details: err.body.details } : {},
        );
      }
      if (err instanceof ServiceCallError && err.status === 404) {
        throw new ApiError(
          409,
          'PRODUCT_UNAVAILABLE',
          err.body?.message ?? 'A product in your cart is no longer sold',
        );
      }
      if (err instanceof ServiceCallError) {
        // Anything else is a disagreement between the services, not something the shopper can fix.
        request?.log.error(
          { err, status: err.status, code: err.code },
          'product service refused the reservation',
        );
        throw new ApiError(
          502,
          'RESERVATION_FAILED',
          'Stock could not be reserved; your cart is unchanged, try again',
        );
      }
      throw err;
    }
  }

  /** Gives reserved stock back; a reservation that is unknown or already released is fine. */
  async release(reservationId: string, request?: FastifyRequest): Promise<void> {
    try {
      await this.#client.post(
        `/internal/reservations/${encodeURIComponent(reservationId)}/release`,
        {},
        {
          request,
          idempotencyKey: `release-${reservationId}`,
        },
      );
    } catch (err) {
      if (err instanceof ServiceCallError && (err.status === 404 || err.status === 409)) return;
      throw err;
    }
  }
}

export function firstImage(product: CatalogProduct): string | null {
  return product.images[0]?.url ?? null;
}
