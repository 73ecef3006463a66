import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ProductParams, Wishlist, WishlistItem } from '../schemas/profile.ts';
import type { Wishlists } from '../users/wishlist.ts';

const security = [{ bearer: [] }];
const errors = { 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** A shopper's wishlist of product ids (customers only). */
export const wishlistRoutes: FastifyPluginAsyncTypebox<{ wishlists: Wishlists }> = async (
  app,
  { wishlists },
) => {
  const customer = requireUser('customer');

  app.get(
    '/me/wishlist',
    {
      preHandler: customer,
      schema: {
        tags: ['wishlist'],
        summary: 'The wishlist, most recently added first',
        security,
        response: { 200: Wishlist, ...errors },
      },
    },
    async (request) => ({ items: await wishlists.list(currentUser(request).id) }),
  );

  app.put(
    '/me/wishlist/:productId',
    {
      preHandler: customer,
      schema: {
        tags: ['wishlist'],
        summary: 'Add a product (201); already there: nothing changes (200). At most 200 products',
        security,
        params: ProductParams,
        response: { 200: WishlistItem, 201: WishlistItem, 400: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const { item, added } = await wishlists.add(currentUser(request).id, request.params.productId);
      return reply.code(added ? 201 : 200).send(item);
    },
  );

  app.delete(
    '/me/wishlist/:productId',
    {
      preHandler: customer,
      schema: {
        tags: ['wishlist'],
        summary: 'Remove a product; idempotent (204 also when it was not there)',
        security,
        params: ProductParams,
        response: {
          204: Type.Null({ description: 'Not in the wishlist (any more)' }),
          400: ErrorResponse,
          ...errors,
        },
      },
    },
    async (request, reply) => {
      await wishlists.remove(currentUser(request).id, request.params.productId);
      return reply.code(204).send(null);
    },
  );
};
