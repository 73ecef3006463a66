import { ErrorResponse } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { readOutbox } from '../notify/dev-outbox.ts';
import { Email, Phone } from '../schemas/common.ts';

const OutboxQuery = Type.Object({ to: Type.Union([Email, Phone]) }, { additionalProperties: false });

const Outbox = Type.Object({
  items: Type.Array(
    Type.Object({
      channel: Type.Union([Type.Literal('email'), Type.Literal('sms')]),
      to: Type.String(),
      subject: Type.String(),
      text: Type.String(),
      createdAt: Type.String({ format: 'date-time' }),
    }),
  ),
});

/**
 * Messages the dev-outbox notifier stored, newest first. Registered only when DEV_OUTBOX_ENABLED=true
 * (local run, tests): it reveals one-time codes, so everywhere else the route does not exist at all.
 */
export const devOutboxRoutes: FastifyPluginAsyncTypebox = async (app) => {
  app.get(
    '/dev/outbox',
    {
      schema: {
        tags: ['development'],
        summary: 'Development only: the latest messages sent to an email or phone',
        querystring: OutboxQuery,
        response: { 200: Outbox, 400: ErrorResponse, 503: ErrorResponse },
      },
    },
    async (request) => ({ items: await readOutbox(app.mongo.db, request.query.to.toLowerCase()) }),
  );
};
