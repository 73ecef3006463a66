import { currentUser, ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { SellerCatalog } from '../catalog/seller-catalog.ts';
import { ProductParams } from '../schemas.ts';
import {
  CreateProductRequest,
  SellerProduct,
  SellerProductList,
  SellerProductListQuery,
  UpdateProductRequest,
} from '../seller-schemas.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };
// Sellers must see their own change at once, so nothing here may be cached.
const noStore = 'no-store';

export const sellerProductRoutes: FastifyPluginAsyncTypebox<{ sellers: SellerCatalog }> = async (
  app,
  { sellers },
) => {
  app.post(
    '/products',
    {
      preHandler: requireUser('seller', 'admin'),
      schema: {
        tags: ['seller products'],
        summary: 'Add a product to the catalog; the signed-in seller owns it',
        body: CreateProductRequest,
        response: { 201: SellerProduct, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const product = await sellers.create(currentUser(request), request.body);
      return reply.code(201).header('cache-control', noStore).send(product);
    },
  );

  app.patch(
    '/products/:productId',
    {
      preHandler: requireUser('seller', 'admin'),
      schema: {
        tags: ['seller products'],
        summary: "Change a product's details, price or stock (its seller or an admin)",
        description:
          'Only the fields sent change. The price stays above zero and the list price (MRP), when set, ' +
          'at or above the price.',
        params: ProductParams,
        body: UpdateProductRequest,
        response: { 200: SellerProduct, 404: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const product = await sellers.update(currentUser(request), request.params.productId, request.body);
      return reply.header('cache-control', noStore).send(product);
    },
  );

  app.delete(
    '/products/:productId',
    {
      preHandler: requireUser('seller', 'admin'),
      schema: {
        tags: ['seller products'],
        summary: 'Archive a product: shoppers no longer see it (its seller or an admin)',
        params: ProductParams,
        response: { 200: SellerProduct, 404: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const product = await sellers.archive(currentUser(request), request.params.productId);
      return reply.header('cache-control', noStore).send(product);
    },
  );

  app.get(
    '/seller/products',
    {
      preHandler: requireUser('seller'),
      schema: {
        tags: ['seller products'],
        summary: "The signed-in seller's products, newest first, archived ones included",
        querystring: SellerProductListQuery,
        response: { 200: SellerProductList, ...errors },
      },
    },
    async (request, reply) => {
      const page = await sellers.listOwn(currentUser(request).id, request.query);
      return reply.header('cache-control', noStore).send(page);
    },
  );
};
