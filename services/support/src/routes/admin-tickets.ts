import { ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { TicketListQuery, TicketPage } from '../schemas.ts';
import type { Tickets } from '../tickets/tickets.ts';

/** The support queue. Admins read and answer single tickets through the shared /tickets routes. */
export const adminTicketRoutes: FastifyPluginAsyncTypebox<{ tickets: Tickets }> = async (
  app,
  { tickets },
) => {
  app.get(
    '/admin/tickets',
    {
      preValidation: requireUser('admin'),
      schema: {
        tags: ['admin: tickets'],
        summary: "Every customer's tickets, newest first, optionally by status",
        querystring: TicketListQuery,
        response: {
          200: TicketPage,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) =>
      reply.header('cache-control', 'private, no-store').send(await tickets.list(request.query)),
  );
};
