import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { HelpCenter } from '../help/help-center.ts';
import { HelpCategories, HelpQuery, HelpResults } from '../schemas.ts';

const tags = ['help center'];
const cacheControl = 'public, max-age=60';
const errors = { 400: ErrorResponse, 502: ErrorResponse, 503: ErrorResponse };

export const helpRoutes: FastifyPluginAsyncTypebox<{ help: HelpCenter }> = async (app, { help }) => {
  app.get(
    '/help/search',
    {
      schema: {
        tags,
        summary: 'Search the help center (published FAQs), optionally within a category',
        description:
          'Words match the beginnings of words in questions and answers; all must match. Without `q`, ' +
          "lists the category's answers. 503 DEPENDENCY_UNAVAILABLE while the content service is down.",
        querystring: HelpQuery,
        response: { 200: HelpResults, ...errors },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await help.search(request.query, request) }),
  );

  app.get(
    '/help/categories',
    {
      schema: {
        tags,
        summary: 'Help-center categories with their number of answers',
        response: { 200: HelpCategories, 502: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', cacheControl).send({ items: await help.categories(request) }),
  );
};
