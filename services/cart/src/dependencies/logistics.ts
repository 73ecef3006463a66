/** What the cart needs from the logistics service: a shipping quote for a pincode. */
import { ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Money } from '../money.ts';

export interface EstimatedDelivery {
  minDays: number;
  maxDays: number;
  from: string;
  to: string;
}

/** The quote for a pincode we deliver to; the logistics service answers more fields than these. */
export interface ServiceableQuote {
  pincode: string;
  serviceable: true;
  shippingFee: Money;
  codAvailable: boolean;
  estimatedDelivery: EstimatedDelivery | null;
}

export type ShippingQuote =
  | ServiceableQuote
  | {
      pincode: string;
      serviceable: false;
      shippingFee: null;
      codAvailable: boolean;
      estimatedDelivery: null;
    };

export interface QuoteRequest {
  pincode: string;
  items: { productId: string; quantity: number }[];
  /** What the goods cost after the coupon: free-delivery thresholds apply to what the shopper pays. */
  subtotal: Money;
}

export class Logistics {
  readonly #client: ServiceClient;

  constructor(client: ServiceClient) {
    this.#client = client;
  }

  /**
   * The quote when logistics delivers to the pincode, otherwise `null` (it answers `serviceable: false`,
   * or 4xx for a pincode it refuses). Down or slow: 503 DEPENDENCY_UNAVAILABLE.
   */
  async quote(body: QuoteRequest, request?: FastifyRequest): Promise<ServiceableQuote | null> {
    try {
      const quote = await this.#client.post<ShippingQuote>('/quotes', body, { request });
      return quote.serviceable && quote.shippingFee ? quote : null;
    } catch (err) {
      if (
        err instanceof ServiceCallError &&
        (err.status === 404 || err.status === 400 || err.status === 422)
      ) {
        return null;
      }
      throw err;
    }
  }
}
