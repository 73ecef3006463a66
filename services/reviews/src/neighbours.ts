/**
 * What the reviews service asks other services, each answer mapped to what it means for a review:
 *  - product: does the product exist (a review needs one; product down -> 503), and the rating summary
 *    pushed after every change (best effort: a failure is logged; the next change pushes again);
 *  - order: did the author buy it (the verified-purchase flag; order down -> not verified, logged).
 */
import { createServiceClient, notFound, ServiceCallError, type ServiceClient } from '@emporium/service-kit';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { RatingSummaryBody } from './schemas.ts';

export class Neighbours {
  readonly #product: ServiceClient;
  readonly #order: ServiceClient;

  constructor(app: FastifyInstance) {
    this.#product = createServiceClient(app, 'product');
    this.#order = createServiceClient(app, 'order');
  }

  /** 404 PRODUCT_NOT_FOUND when the catalog has no such product (or no longer sells it). */
  async requireProduct(productId: string, request: FastifyRequest): Promise<void> {
    try {
      await this.#product.get(`/products/${encodeURIComponent(productId)}`, { request });
    } catch (err) {
      if (err instanceof ServiceCallError && err.status === 404) {
        throw notFound('PRODUCT_NOT_FOUND', `No product with id "${productId}"`);
      }
      throw err;
    }
  }

  async hasPurchased(userId: string, productId: string, request: FastifyRequest): Promise<boolean> {
    try {
      const answer = await this.#order.get<{ purchased?: unknown }>('/internal/purchases', {
        request,
        query: { userId, productId },
      });
      return answer?.purchased === true;
    } catch (err) {
      request.log.warn(
        { err, productId },
        'order service did not say whether the author bought the product; review stored as not verified',
      );
      return false;
    }
  }

  async pushRating(summary: RatingSummaryBody, request: FastifyRequest): Promise<void> {
    try {
      await this.#product.put(
        `/internal/products/${encodeURIComponent(summary.productId)}/rating`,
        { average: summary.average, count: summary.count },
        { request },
      );
    } catch (err) {
      request.log.warn(
        { err, productId: summary.productId },
        'rating not pushed to the product service; the next review change pushes it again',
      );
    }
  }
}
