/** Applying a coupon to the cart, and merging a guest cart at sign-in. */
import { badRequest, currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Carts } from '../carts/carts.ts';
import { cartOwner } from '../carts/owner.ts';
import { ApplyCouponBody, Cart } from '../schemas/cart.ts';
import { ownerDescription, requireCartOwner } from './cart.ts';
import { ownerErrors } from './errors.ts';

export const cartCouponRoutes: FastifyPluginAsyncTypebox<{ carts: Carts }> = async (app, { carts }) => {
  app.post(
    '/cart/coupon',
    {
      preValidation: requireCartOwner,
      schema: {
        tags: ['cart'],
        summary: 'Apply a coupon',
        description:
          `${ownerDescription} The coupon is checked against the cart now: 404 COUPON_NOT_FOUND, 422 ` +
          'COUPON_NOT_YET_ACTIVE, COUPON_EXPIRED, COUPON_MIN_ORDER_NOT_MET or COUPON_USAGE_LIMIT_REACHED. ' +
          "A guest's per-customer limit is checked at checkout. Replaces a coupon applied before.",
        body: ApplyCouponBody,
        response: { 200: Cart, 404: ErrorResponse, 409: ErrorResponse, 422: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) => carts.applyCoupon(cartOwner(request), request.body.code, request),
  );

  app.delete(
    '/cart/coupon',
    {
      preValidation: requireCartOwner,
      schema: {
        tags: ['cart'],
        summary: 'Remove the coupon',
        description: `${ownerDescription} 404 NO_COUPON_APPLIED when the cart has none.`,
        response: { 200: Cart, 404: ErrorResponse, 409: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) => carts.removeCoupon(cartOwner(request), request),
  );

  app.post(
    '/cart/merge',
    {
      preValidation: requireUser('customer'),
      schema: {
        tags: ['cart'],
        summary: "Merge the guest cart (x-guest-id) into the signed-in customer's cart",
        description:
          'Call right after sign-in with the guest id the shopper used. Quantities of a product add up, ' +
          'capped at 10 and at the stock; the guest cart is deleted. Idempotent: 204 when there is nothing ' +
          '(left) to merge. 400 GUEST_ID_REQUIRED without x-guest-id.',
        security: [{ bearer: [] }],
        response: {
          200: Cart,
          204: Type.Null({ description: 'Nothing to merge' }),
          409: ErrorResponse,
          ...ownerErrors,
        },
      },
    },
    async (request, reply) => {
      const user = currentUser(request);
      const guestId = request.client.guestId;
      if (!guestId)
        throw badRequest('GUEST_ID_REQUIRED', 'Send the guest id to merge in the x-guest-id header');
      const cart = await carts.merge(user.id, guestId, request);
      return cart ? cart : reply.code(204).send(null);
    },
  );
};
