/** What the cart needs from the order service: creating the order at checkout, idempotently. */
import { ApiError, ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Money } from '../money.ts';
import type { ShippingAddressBody } from '../schemas/checkout.ts';

export interface OrderLine {
  productId: string;
  name: string;
  image: string | null;
  quantity: number;
  unitPrice: Money;
  lineTotal: Money;
}

export interface OrderRequest {
  userId: string;
  checkoutId: string;
  reservationId: string;
  lines: OrderLine[];
  totals: { subtotal: Money; discount: Money; shipping: Money; total: Money };
  coupon: { code: string } | null;
  shippingAddress: ShippingAddressBody;
  paymentMethod: 'cod';
}

export interface PlacedOrder {
  id: string;
  number: string;
  status: string;
  [field: string]: unknown;
}

export class Orders {
  readonly #client: ServiceClient;

  constructor(client: ServiceClient) {
    this.#client = client;
  }

  /**
   * Creates the order; the same idempotency key again returns the same order, so retries (the client's
   * and a taken-over checkout's) never place a second one. A 4xx answer is a contract problem between the
   * services, not the shopper's: 502 ORDER_NOT_CREATED. Down or slow: 503 DEPENDENCY_UNAVAILABLE.
   */
  async create(order: OrderRequest, idempotencyKey: string, request?: FastifyRequest): Promise<PlacedOrder> {
    try {
      return await this.#client.post<PlacedOrder>('/internal/orders', order, { request, idempotencyKey });
    } catch (err) {
      if (err instanceof ServiceCallError) {
        request?.log.error({ err, status: err.status, code: err.code }, 'order service refused the order');
        throw new ApiError(
          502,
          'ORDER_NOT_CREATED',
          'The order could not be created; your cart is unchanged, try again',
        );
      }
      throw err;
    }
  }
}
