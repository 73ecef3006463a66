/**
 * Proxies one service prefix (/<name>-service/) to the service's instances. Request bodies pass through
 * untouched (the service validates and limits them); they are read first, up to the largest limit a
 * service may have, so a request refused by a stopping instance can go to another one. Each request
 * carries an x-request-id so the gateway's and the service's logs line up. A service that is down costs
 * only its own routes: they answer 503 in the platform's JSON error shape, everything else keeps working.
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

/**
 * An instance that is stopping or restarting refuses the connection before a byte of the request is sent,
 * so any request, a POST too, can safely try again, and the balancer then picks another instance (it keeps
 * sending some requests to an instance that refused, lowering its share with each refusal, so one retry
 * is not always enough). reply-from itself retries only broken sockets of idempotent requests, which may
 * have reached the service. With one instance that is down, the retries cost ~100 ms before the 503.
 * (The Ingress does the same: nginx passes a request that never reached an instance to the next one.)
 */
const refusedRetries = 6;
/**
 * How undici's balancer weighs instances (its weights run 1 to 100): an instance that refuses a connection
 * or drops one drops to the lowest weight at once, and is back to full weight with the first connection it
 * accepts. With the defaults (15 per event) a stopping instance kept most of the traffic for several
 * refusals, and a restarted one got almost none until it had made several new connections, so during a
 * rolling restart requests went to the instance that was down next.
 */
const balancing = { errorPenalty: 100, maxWeightPerServer: 100 };
/** The largest BODY_LIMIT_BYTES a service accepts (service-kit config): the gateway never refuses less. */
const bodyLimit = 10 * 1024 * 1024;
const refusedConnection = (err: Error | null | undefined) =>
  (err as NodeJS.ErrnoException | null | undefined)?.code === 'ECONNREFUSED';

export async function serviceProxy(app: FastifyInstance, upstream: ServiceUpstream): Promise<void> {
  await app.register(async (scope) => {
    // Bodies are kept as the bytes that came, not parsed: a stream could be sent only once (undici destroys
    // it when the connection is refused), bytes can be sent again.
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit }, (_request, body, done) =>
      done(null, body),
    );

    await scope.register(replyFrom, {
      base: upstream.urls.length === 1 ? upstream.urls[0] : upstream.urls,
      undici: { connections: 128, pipelining: 1, keepAliveTimeout: 30_000, ...balancing },
      // Only idempotent requests are retried when an instance drops the connection mid-request (it may
      // have been served); any request is retried when the connection is refused (see refusedRetries).
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
      const body = request.body;
      return reply.from(request.url, {
        ...(Buffer.isBuffer(body)
          ? { body, contentType: request.headers['content-type'] ?? 'application/octet-stream' }
          : {}),
        retriesCount: 1,
        retryDelay: ({ err, req, res, attempt, getDefaultDelay }) =>
          refusedConnection(err) && attempt < refusedRetries
            ? 5 * (attempt + 1)
            : getDefaultDelay(req, res, err, attempt),
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
