/** Checkout (cash on delivery) and the cart page's delivery quote. */
import { badRequest, currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { cartOwner } from '../carts/owner.ts';
import type { Checkout } from '../checkout/checkout.ts';
import type { CheckoutQuotes } from '../checkout/quote.ts';
import {
  CheckoutBody,
  CheckoutHeaders,
  CheckoutQuote,
  CheckoutResult,
  idempotencyKeyPattern,
  QuoteQuery,
} from '../schemas/checkout.ts';
import { ownerDescription, requireCartOwner } from './cart.ts';
import { ownerErrors } from './errors.ts';

const keyPattern = new RegExp(idempotencyKeyPattern);

/** The Idempotency-Key, checked before the body so a client learns first that it must send one. */
async function requireIdempotencyKey(request: FastifyRequest): Promise<void> {
  const key = request.headers['idempotency-key'];
  if (key === undefined) {
    throw badRequest(
      'IDEMPOTENCY_KEY_REQUIRED',
      'Send an Idempotency-Key header: a new one for each checkout you mean',
      [{ in: 'headers', path: '/idempotency-key', message: 'is required' }],
    );
  }
  if (typeof key !== 'string' || !keyPattern.test(key)) {
    throw badRequest(
      'INVALID_IDEMPOTENCY_KEY',
      'Idempotency-Key must be 8 to 128 characters of A-Z, a-z, 0-9, _ or -',
      [{ in: 'headers', path: '/idempotency-key', message: 'is invalid' }],
    );
  }
}

export const checkoutRoutes: FastifyPluginAsyncTypebox<{
  checkout: Checkout;
  quotes: CheckoutQuotes;
}> = async (app, { checkout, quotes }) => {
  app.post(
    '/checkout',
    {
      preValidation: [requireUser('customer'), requireIdempotencyKey],
      schema: {
        tags: ['checkout'],
        security: [{ bearer: [] }],
        summary: "Place an order from the customer's cart (cash on delivery)",
        description:
          'Payment is cash on delivery only: Emporium has no payment provider, nothing is charged online. ' +
          'Prices the cart, quotes shipping for the address, reserves the stock, redeems the coupon, creates ' +
          'the order and clears the cart; a failing step undoes the earlier ones and the cart stays as it was. ' +
          'The Idempotency-Key header is required (400 IDEMPOTENCY_KEY_REQUIRED): the same key with the same ' +
          'body returns the same order (200, `Idempotent-Replayed: true`), while the first request still runs ' +
          '409 CHECKOUT_IN_PROGRESS (retry after the Retry-After seconds), with a different body 422 ' +
          'IDEMPOTENCY_KEY_REUSED. Other errors: 422 CART_EMPTY, PINCODE_NOT_SERVICEABLE, COD_NOT_AVAILABLE, ' +
          'a COUPON_* code; 409 OUT_OF_STOCK, PRODUCT_UNAVAILABLE, PRICE_CHANGED; 503 when a service it needs is down.',
        headers: CheckoutHeaders,
        body: CheckoutBody,
        response: {
          200: CheckoutResult,
          201: CheckoutResult,
          404: ErrorResponse,
          409: ErrorResponse,
          422: ErrorResponse,
          502: ErrorResponse,
          ...ownerErrors,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const key = String(request.headers['idempotency-key']);
      const { result, replayed } = await checkout.run(user.id, key, request.body, request);
      if (replayed) reply.header('idempotent-replayed', 'true');
      return reply.code(replayed ? 200 : 201).send(result);
    },
  );

  app.get(
    '/checkout/quote',
    {
      preValidation: requireCartOwner,
      schema: {
        tags: ['checkout'],
        summary: "The cart's totals with shipping and the delivery estimate for a pincode",
        description:
          `${ownerDescription} For the cart page's pincode check; nothing is reserved. A pincode logistics ` +
          "doesn't serve gives `serviceable: false`. 422 CART_EMPTY when there is nothing to deliver.",
        querystring: QuoteQuery,
        response: { 200: CheckoutQuote, 409: ErrorResponse, 422: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) => quotes.quote(cartOwner(request), request.query.pincode, request),
  );
};
