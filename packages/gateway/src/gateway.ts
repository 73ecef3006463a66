/**
 * The local gateway of `make up`: one origin for the whole platform, laid out exactly like the Kubernetes
 * Ingress (both come from the registry's gatewayRoutes()):
 *   /<name>-service/...   -> that service
 *   /mfe/<name>/...       -> that remote's built assets
 *   /runtime-config.json  -> the host's runtime configuration (never cached)
 *   /...                  -> the host's assets, and its index.html for every other page (SPA routes)
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type GatewayRoute, gatewayRoutes, type RemoteName, type RuntimeConfig } from '@emporium/registry';
import { errorBody } from '@emporium/service-kit/error-shape';
import { requestId } from '@emporium/service-kit/request-id';
import Fastify, {
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyServerOptions,
  LogController,
} from 'fastify';
import { contentSecurityPolicy, isHtml, securityHeaders } from './headers.ts';
import { type ServiceUpstream, serviceProxy } from './proxy.ts';
import { localRuntimeConfig } from './runtime-config.ts';
import { looksLikeAsset, sendHostPage, serveMfe } from './static.ts';

export interface GatewayOptions {
  /** Folder holding mfes/<name>/dist (the repository root). */
  mfesDir: string;
  /** Instance URLs of a service; default: http://127.0.0.1:<registry port>. */
  serviceUrls?: (service: string, registryPort: number) => string[];
  /** Runtime configuration served to the host; default: the remotes that are built, same-origin API. */
  runtimeConfig?: RuntimeConfig;
  logger?: FastifyServerOptions['logger'];
  /** A logger of the caller's (the local run prints every process's logs its own way). */
  loggerInstance?: FastifyBaseLogger;
}

const distOf = (mfesDir: string, mfe: string) => join(mfesDir, mfe, 'dist');

/** Every service prefix with the instances it is proxied to, straight from the registry. */
export function gatewayUpstreams(options: Pick<GatewayOptions, 'serviceUrls'>): ServiceUpstream[] {
  return gatewayRoutes().flatMap((route) =>
    route.kind === 'service'
      ? [
          {
            service: route.service,
            prefix: route.prefix,
            urls: options.serviceUrls?.(route.service, route.port) ?? [`http://127.0.0.1:${route.port}`],
          },
        ]
      : [],
  );
}

export async function createGateway(options: GatewayOptions): Promise<FastifyInstance> {
  const app = Fastify({
    ...(options.loggerInstance
      ? { loggerInstance: options.loggerInstance }
      : { logger: options.logger ?? false }),
    genReqId: requestId,
    logController: new LogController({ disableRequestLogging: true }),
    trustProxy: 'loopback',
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: false },
  });
  const runtimeConfig =
    options.runtimeConfig ?? localRuntimeConfig((mfe: RemoteName) => distOf(options.mfesDir, mfe));
  const routes: readonly GatewayRoute[] = gatewayRoutes();
  // Pages may talk to exactly this origin, the API origin and the remotes' origins of the runtime config.
  const pagePolicy = contentSecurityPolicy(runtimeConfig);

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.addHook('onSend', async (request, reply) => {
    if (request.url.includes('-service/')) return;
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (!reply.hasHeader(name)) reply.header(name, value);
    }
    if (isHtml(reply.getHeader('content-type'))) reply.header('content-security-policy', pagePolicy);
  });

  for (const upstream of gatewayUpstreams(options)) await serviceProxy(app, upstream);

  // Built micro frontends get their assets path; the paths of the others answer 404. The host at `/` is
  // always mounted, as the only mount that decorates reply with sendFile (used by the SPA fallback).
  const served: string[] = [];
  for (const route of routes) {
    if (route.kind !== 'mfe') continue;
    const dist = distOf(options.mfesDir, route.mfe);
    if (route.mfe !== 'host' && !existsSync(dist)) continue;
    await serveMfe(app, { mfe: route.mfe, prefix: route.prefix, dist }, route.mfe === 'host');
    served.push(`${route.mfe} at ${route.prefix}`);
  }
  app.log.info(`serving micro frontends: ${served.join(', ')}`);

  // `/` is a directory to the static plugin; it is the shell's start page to us.
  app.get('/', async (_request, reply) => sendHostPage(reply, distOf(options.mfesDir, 'host')));
  app.get('/runtime-config.json', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(runtimeConfig),
  );

  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isPage =
      (request.method === 'GET' || request.method === 'HEAD') &&
      !looksLikeAsset(path) &&
      !path.startsWith('/mfe/');
    if (isPage) return sendHostPage(reply, distOf(options.mfesDir, 'host'));
    return reply.code(404).send(errorBody(request, 404, 'NOT_FOUND', `Nothing at ${path}`));
  });

  return app;
}
