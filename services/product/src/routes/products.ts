import { badRequest, ErrorResponse, notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Catalog } from '../catalog/catalog.ts';
import {
  BatchRequest,
  BatchResponse,
  Product,
  ProductList,
  ProductListQuery,
  ProductParams,
} from '../schemas.ts';

const errors = { 400: ErrorResponse, 503: ErrorResponse };
// Catalog reads may be cached briefly by browsers and the gateway; stock is re-checked at checkout.
const cacheControl = 'public, max-age=30';

export const productRoutes: FastifyPluginAsyncTypebox<{ catalog: Catalog }> = async (app, { catalog }) => {
  app.get(
    '/products',
    {
      schema: {
        tags: ['products'],
        summary: 'List products: filter, search, sort and page through the catalog',
        description:
          'Filters combine with AND. `q` matches word prefixes of name, brand, category and tags. ' +
          '`inStock=true` keeps products in stock, `inStock=false` those out of stock. Pages are keyset-based: ' +
          'pass `nextCursor` as `cursor` with the same filters and sort.',
        querystring: ProductListQuery,
        response: { 200: ProductList, ...errors },
      },
    },
    async (request, reply) => {
      const { minPrice, maxPrice } = request.query;
      if (minPrice !== undefined && maxPrice !== undefined && minPrice > maxPrice) {
        throw badRequest('INVALID_PRICE_RANGE', 'minPrice must not be greater than maxPrice', [
          { in: 'querystring', path: '/minPrice', message: 'is greater than maxPrice' },
        ]);
      }
      return reply.header('cache-control', cacheControl).send(await catalog.listProducts(request.query));
    },
  );

  app.get(
    '/products/:productId',
    {
      schema: {
        tags: ['products'],
        summary: 'One product with its description, highlights and attributes',
        params: ProductParams,
        response: { 200: Product, 404: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const product = await catalog.getProduct(request.params.productId);
      if (!product) throw notFound('PRODUCT_NOT_FOUND', `No product with id "${request.params.productId}"`);
      return reply.header('cache-control', cacheControl).send(product);
    },
  );

  app.post(
    '/products/batch',
    {
      schema: {
        tags: ['products'],
        summary: 'Several products by id in one call (cart and order pricing)',
        body: BatchRequest,
        response: { 200: BatchResponse, 413: ErrorResponse, ...errors },
      },
    },
    async (request) => catalog.getProducts(request.body.ids),
  );
};
