/** The shopper's cart and its lines. */
import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import type { Carts } from '../carts/carts.ts';
import { cartOwner } from '../carts/owner.ts';
import { AddItemBody, Cart, ItemParams, UpdateItemBody } from '../schemas/cart.ts';
import { ownerErrors } from './errors.ts';

/** Resolves the owner before the body is validated: who may use a cart is answered first. */
export async function requireCartOwner(request: FastifyRequest): Promise<void> {
  cartOwner(request);
}

export const ownerDescription =
  'The cart of the signed-in customer (Authorization: Bearer) or of a guest (x-guest-id); ' +
  'neither: 400 OWNER_REQUIRED; sellers and admins: 403.';

export const cartRoutes: FastifyPluginAsyncTypebox<{ carts: Carts }> = async (app, { carts }) => {
  const tags = ['cart'];
  const preValidation = requireCartOwner;

  app.get(
    '/cart',
    {
      preValidation,
      schema: {
        tags,
        summary: 'The cart, priced live from the catalog',
        description: `${ownerDescription} While the product service is down the cart is still shown, priced as last seen, with \`pricing: "unavailable"\`.`,
        response: { 200: Cart, ...ownerErrors },
      },
    },
    async (request) => carts.get(cartOwner(request), request),
  );

  app.post(
    '/cart/items',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Add a product (to its line if the cart has one)',
        description: `${ownerDescription} A line holds at most 10 units and never more than the stock (409 QUANTITY_LIMIT_REACHED, 409 INSUFFICIENT_STOCK); a cart at most 50 lines (409 CART_FULL).`,
        body: AddItemBody,
        response: { 200: Cart, 404: ErrorResponse, 409: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) =>
      carts.addItem(cartOwner(request), request.body.productId, request.body.quantity, request),
  );

  app.patch(
    '/cart/items/:productId',
    {
      preValidation,
      schema: {
        tags,
        summary: "Set a line's quantity",
        description: `${ownerDescription} 404 ITEM_NOT_IN_CART when the product is not in the cart.`,
        params: ItemParams,
        body: UpdateItemBody,
        response: { 200: Cart, 404: ErrorResponse, 409: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) =>
      carts.setQuantity(cartOwner(request), request.params.productId, request.body.quantity, request),
  );

  app.delete(
    '/cart/items/:productId',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Remove a line',
        description: ownerDescription,
        params: ItemParams,
        response: { 200: Cart, 404: ErrorResponse, 409: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) => carts.removeItem(cartOwner(request), request.params.productId, request),
  );

  app.delete(
    '/cart',
    {
      preValidation,
      schema: {
        tags,
        summary: 'Empty the cart (lines and coupon)',
        description: ownerDescription,
        response: { 200: Cart, 409: ErrorResponse, ...ownerErrors },
      },
    },
    async (request) => carts.clear(cartOwner(request), request),
  );
};
