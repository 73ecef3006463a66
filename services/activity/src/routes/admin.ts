import { ErrorResponse, requireUser } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuditLog } from '../events/audit-log.ts';
import type { Counters } from '../events/counters.ts';
import { AuditPage, AuditQuery, Stats, StatsQuery } from '../schemas.ts';
import { activityStats, statsRange } from '../stats/stats.ts';

const errors = { 400: ErrorResponse, 401: ErrorResponse, 403: ErrorResponse, 503: ErrorResponse };

/** What admins read: counts over a range of days, and the audit log. Checked before validation. */
export const adminRoutes: FastifyPluginAsyncTypebox<{ counters: Counters; audit: AuditLog }> = async (
  app,
  { counters, audit },
) => {
  app.addHook('preValidation', requireUser('admin'));
  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'private, no-store');
    return payload;
  });

  app.get(
    '/stats',
    {
      schema: {
        tags: ['admin'],
        summary: 'Event counts per micro frontend and per service over a range of days (at most 90)',
        description: 'Days are UTC dates; `to` defaults to today and `from` to six days before `to`.',
        querystring: StatsQuery,
        response: { 200: Stats, ...errors },
      },
    },
    async (request) => {
      const { fromDay, toDay } = statsRange(request.query.from, request.query.to);
      return activityStats(counters, fromDay, toDay);
    },
  );

  app.get(
    '/admin/audit',
    {
      schema: {
        tags: ['admin'],
        summary: 'Business events, newest first, by type, subject or emitting service',
        querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (request) => audit.list(request.query),
  );
};
