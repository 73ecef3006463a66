import { ErrorResponse, notFound } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Pages } from '../pages/pages.ts';
import { PageList, PageParams, PublicPage } from '../schemas/pages.ts';
import { publicErrors } from './errors.ts';

const cacheControl = 'public, max-age=60';

/** Published pages, for shoppers. Drafts do not exist as far as these routes are concerned. */
export const pageRoutes: FastifyPluginAsyncTypebox<{ pages: Pages }> = async (app, { pages }) => {
  app.get(
    '/pages',
    {
      schema: {
        tags: ['pages'],
        summary: 'Every published page (slug, title, summary), for footers and site maps',
        response: { 200: PageList, ...publicErrors },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await pages.listPublished() }),
  );

  app.get(
    '/pages/:slug',
    {
      schema: {
        tags: ['pages'],
        summary: 'One published page with its content blocks',
        params: PageParams,
        response: { 200: PublicPage, 404: ErrorResponse, ...publicErrors },
      },
    },
    async (request, reply) => {
      const page = await pages.getPublished(request.params.slug);
      if (!page) throw notFound('PAGE_NOT_FOUND', `No page "${request.params.slug}"`);
      return reply.header('cache-control', cacheControl).send(page);
    },
  );
};
