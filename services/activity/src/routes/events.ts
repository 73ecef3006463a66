import { ErrorResponse, requireServiceKey } from '@emporium/service-kit';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AuditLog } from '../events/audit-log.ts';
import type { BrowserEvents } from '../events/browser-events.ts';
import { BrowserBatch, IngestResult, ServiceBatch } from '../schemas.ts';

// 50 events of about 1 KiB each: anything much larger is not a batch of analytics events.
const browserBodyLimit = 64 * 1024;

/** The services that send business events (registry `calls` includes activity). */
export const emittingServices = ['user', 'cart', 'order', 'reviews', 'support'] as const;

export const eventRoutes: FastifyPluginAsyncTypebox<{ browser: BrowserEvents; audit: AuditLog }> = async (
  app,
  { browser, audit },
) => {
  app.post(
    '/events',
    {
      bodyLimit: browserBodyLimit,
      schema: {
        tags: ['events'],
        summary: 'Analytics events from the micro frontends, 1 to 50 per batch',
        description:
          'Each event is `{ type, domain, path, at, props? }`: type one of page_view, product_view, search, ' +
          'add_to_cart, remove_from_cart, checkout_started, click; domain a micro frontend; `at` at most 24 ' +
          'hours old and 5 minutes ahead; props flat, up to 16 string/number/boolean values. Valid events ' +
          'are kept with the x-guest-id, x-device-info and signed-in user of the request; invalid ones are ' +
          'listed in `rejected`.',
        body: BrowserBatch,
        response: {
          202: IngestResult,
          400: ErrorResponse,
          401: ErrorResponse,
          413: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      const result = await browser.ingest(request.body.events, {
        guestId: request.client.guestId,
        deviceInfo: request.client.deviceInfo,
        userId: request.auth?.id,
      });
      return reply.code(202).send(result);
    },
  );

  app.post(
    '/internal/events',
    {
      preValidation: requireServiceKey(...emittingServices),
      schema: {
        tags: ['internal'],
        summary: 'Business events from other services (audit log), 1 to 100 per batch',
        description:
          'Each event is `{ type, subject, userId?, at, data? }` with type like `order.placed` and data at ' +
          'most 4 KiB as JSON. Needs the x-service-key of user, cart, order, reviews or support.',
        body: ServiceBatch,
        response: {
          202: IngestResult,
          400: ErrorResponse,
          401: ErrorResponse,
          403: ErrorResponse,
          413: ErrorResponse,
          503: ErrorResponse,
        },
      },
    },
    async (request, reply) => {
      // requireServiceKey set the caller: the source is what the key proves, not what the body claims.
      const result = await audit.record(String(request.caller), request.body.events);
      return reply.code(202).send(result);
    },
  );
};
