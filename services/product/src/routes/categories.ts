import { ErrorResponse, notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Catalog } from '../catalog/catalog.ts';
import { Category, CategoryList, CategoryParams } from '../schemas.ts';

const cacheControl = 'public, max-age=60';

export const categoryRoutes: FastifyPluginAsyncTypebox<{ catalog: Catalog }> = async (app, { catalog }) => {
  app.get(
    '/categories',
    {
      schema: {
        tags: ['categories'],
        summary: 'Every category with its product count, in display order',
        response: { 200: CategoryList, 503: ErrorResponse },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await catalog.listCategories() }),
  );

  app.get(
    '/categories/:slug',
    {
      schema: {
        tags: ['categories'],
        summary: 'One category',
        params: CategoryParams,
        response: { 200: Category, 400: ErrorResponse, 404: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) => {
      const category = await catalog.getCategory(request.params.slug);
      if (!category) throw notFound('CATEGORY_NOT_FOUND', `No category "${request.params.slug}"`);
      return reply.header('cache-control', cacheControl).send(category);
    },
  );
};
