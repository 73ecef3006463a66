import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Faqs } from '../faqs/faqs.ts';
import { FaqCategoryList, FaqQuery, PublicFaqList } from '../schemas/faqs.ts';
import { publicErrors } from './errors.ts';

const cacheControl = 'public, max-age=60';

export const faqRoutes: FastifyPluginAsyncTypebox<{ faqs: Faqs }> = async (app, { faqs }) => {
  app.get(
    '/faqs',
    {
      schema: {
        tags: ['faqs'],
        summary: 'Published FAQs, by category and/or search, in display order',
        description:
          '`q` matches word prefixes of the question and answer, case-insensitively; every word must match. ' +
          'A query with no searchable words (only "the", punctuation) matches nothing.',
        querystring: FaqQuery,
        response: { 200: PublicFaqList, ...publicErrors },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await faqs.listPublished(request.query) }),
  );

  app.get(
    '/faqs/categories',
    {
      schema: {
        tags: ['faqs'],
        summary: 'FAQ categories that have published FAQs, in help-center order, with counts',
        response: { 200: FaqCategoryList, 503: publicErrors[503] },
      },
    },
    async (_request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await faqs.categories() }),
  );
};
