/**
 * Proxies one service prefix (/<name>-service/) to the service's instances. Request bodies stream
 * through untouched (the service validates and limits them). Each request carries an x-request-id so the
 * gateway's and the service's logs line up. A service that is down costs only its own routes: they
 * answer 503 in the platform's JSON error shape, everything else keeps working.
 *
 * Internal routes (`/<name>-service/api/v1/internal/...`) are for services calling each other inside the
 * platform: the gateway never forwards them, and it drops any x-service-key a client sends.
 */
import { errorBody } from '@emporium/service-kit/error-shape';
import replyFrom from '@fastify/reply-from';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

export interface ServiceUpstream {
  service: string;
  prefix: string;
  /** One URL per instance; several instances are balanced. */
  urls: string[];
}

export async function serviceProxy(app: FastifyInstance, upstream: ServiceUpstream): Promise<void> {
  await app.register(async (scope) => {
    // Hand the raw request stream to the proxy instead of parsing it here.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', (_request, payload, done) => done(null, payload));

    await scope.register(replyFrom, {
      base: upstream.urls.length === 1 ? upstream.urls[0] : upstream.urls,
      undici: { connections: 128, pipelining: 1, keepAliveTimeout: 30_000 },
      // Idempotent requests are retried when an instance goes away mid-restart; others never are.
      retryMethods: ['GET', 'HEAD', 'OPTIONS'],
      disableRequestLogging: true,
    });

    const internal = new RegExp(`^${upstream.prefix}api/v\\d+/internal(/|\\?|$)`);
    const forward = (request: FastifyRequest, reply: FastifyReply) => {
      if (internal.test(request.url)) {
        return reply
          .code(404)
          .send(
            errorBody(
              request,
              404,
              'ROUTE_NOT_FOUND',
              `Route ${request.method}:${request.url.split('?')[0]} not found`,
            ),
          );
      }
      return reply.from(request.url, {
        retriesCount: 1,
        rewriteRequestHeaders: (req, { 'x-service-key': _dropped, ...headers }) => ({
          ...headers,
          'x-request-id': String(req.id),
          'x-forwarded-for': [headers['x-forwarded-for'], req.ip].filter(Boolean).join(', '),
          'x-forwarded-proto': req.protocol,
          'x-forwarded-host': req.host,
        }),
        onError: (rep, { error }) => {
          const code = (error as NodeJS.ErrnoException).code ?? '';
          const timedOut = /TIMEOUT/i.test(code) || /timeout/i.test(error.message);
          rep.log.warn({ err: error, service: upstream.service }, 'upstream failed');
          const status = timedOut ? 504 : 503;
          void rep
            .code(status)
            .header('retry-after', '2')
            .send(
              errorBody(
                request,
                status,
                timedOut ? 'UPSTREAM_TIMEOUT' : 'SERVICE_UNAVAILABLE',
                `The ${upstream.service} service is ${timedOut ? 'not answering in time' : 'not reachable'}; try again shortly`,
              ),
            );
        },
      });
    };

    scope.all(upstream.prefix, forward);
    scope.all(`${upstream.prefix}*`, forward);
  });
}
