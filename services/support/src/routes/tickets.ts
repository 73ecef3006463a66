import { ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import {
  CreateTicket,
  Reply,
  Ticket,
  type TicketBody,
  TicketListQuery,
  TicketPage,
  TicketParams,
} from '../schemas.ts';
import { type Tickets, ticketNotFound } from '../tickets/tickets.ts';
import { actorOf, customerOrAdmin } from './actor.ts';

const tags = ['tickets'];
const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** Business event for the activity service; never awaited, so activity being down costs nothing here. */
function emit(app: FastifyInstance, type: string, ticket: TicketBody, data: Record<string, unknown> = {}) {
  app.events.emit({
    type,
    subject: ticket.id,
    userId: ticket.userId,
    data: { number: ticket.number, category: ticket.category, ...data },
  });
}

/**
 * Tickets for customers (their own) and admins (any). Routes check the user before validating input,
 * and tickets a customer may not see answer 404, as if they did not exist.
 */
export const ticketRoutes: FastifyPluginAsyncTypebox<{ tickets: Tickets }> = async (app, { tickets }) => {
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'private, no-store');
    return payload;
  });

  app.post(
    '/tickets',
    {
      preValidation: requireUser('customer'),
      schema: {
        tags,
        summary: 'Open a ticket with a first message (customers)',
        body: CreateTicket,
        response: { 201: Ticket, ...errors },
      },
    },
    async (request, reply) => {
      const ticket = await tickets.open(actorOf(request), request.body);
      emit(app, 'ticket.opened', ticket, ticket.orderId ? { orderId: ticket.orderId } : {});
      return reply.code(201).send(ticket);
    },
  );

  app.get(
    '/tickets',
    {
      preValidation: requireUser('customer'),
      schema: {
        tags,
        summary: "The signed-in customer's tickets, newest first, without their messages",
        querystring: TicketListQuery,
        response: { 200: TicketPage, ...errors },
      },
    },
    async (request) => tickets.list({ ...request.query, userId: actorOf(request).id }),
  );

  app.get(
    '/tickets/:ticketId',
    {
      preValidation: customerOrAdmin,
      schema: {
        tags,
        summary: 'One ticket with its conversation (customers: their own; admins: any)',
        params: TicketParams,
        response: { 200: Ticket, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const ticket = await tickets.get(request.params.ticketId, actorOf(request));
      if (!ticket) throw ticketNotFound(request.params.ticketId);
      return ticket;
    },
  );

  app.post(
    '/tickets/:ticketId/replies',
    {
      preValidation: customerOrAdmin,
      schema: {
        tags,
        summary: 'Add a message; the ticket then waits for the other side',
        description:
          "A customer's reply sets the status to awaiting_support, an admin's to awaiting_customer. A closed " +
          'ticket answers 409 TICKET_CLOSED; one with 200 messages 409 TICKET_FULL.',
        params: TicketParams,
        body: Reply,
        response: { 201: Ticket, 404: ErrorResponse, 409: ErrorResponse, ...errors },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const ticket = await tickets.reply(request.params.ticketId, actor, request.body.body);
      emit(app, 'ticket.replied', ticket, { by: actor.type });
      return reply.code(201).send(ticket);
    },
  );

  app.post(
    '/tickets/:ticketId/close',
    {
      preValidation: customerOrAdmin,
      schema: {
        tags,
        summary: 'Close a ticket (closing a closed ticket changes nothing)',
        params: TicketParams,
        response: { 200: Ticket, 404: ErrorResponse, ...errors },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      const { ticket, changed } = await tickets.close(request.params.ticketId, actor);
      if (changed) emit(app, 'ticket.closed', ticket, { by: actor.type });
      return ticket;
    },
  );
};
