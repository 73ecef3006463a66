import { currentUser, requireUser } from '@emporium/service-kit';
import type { FastifyRequest } from 'fastify';
import type { Actor } from '../tickets/tickets.ts';

/** Customers act on their own tickets, admins on any; sellers have no tickets. */
export const customerOrAdmin = requireUser('customer', 'admin');

/** The signed-in customer or admin of a route guarded by customerOrAdmin. */
export const actorOf = (request: FastifyRequest): Actor => currentUser(request) as Actor;
