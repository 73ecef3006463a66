/**
 * Serves one built remote on its own, as its dev server does: its assets at its assets path, its
 * standalone index.html for its pages, and a runtime config pointing at an API origin (which must list
 * this origin in its CORS whitelist). Used to check that a remote really runs without the host.
 */
import { join } from 'node:path';
import { assetsPath, type RemoteName, type RuntimeConfig } from '@emporium/registry';
import { errorBody } from '@emporium/service-kit/error-shape';
import Fastify, { type FastifyInstance } from 'fastify';
import { contentSecurityPolicy, isHtml, securityHeaders } from './headers.ts';
import { looksLikeAsset, serveMfe } from './static.ts';

export async function createStandaloneServer(options: {
  remote: RemoteName;
  mfesDir: string;
  apiOrigin: string;
}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  const dist = join(options.mfesDir, options.remote, 'dist');
  const config: RuntimeConfig = { environment: 'standalone', apiOrigin: options.apiOrigin, remotes: {} };

  // Its page may call exactly the API origin it was given (besides its own origin).
  const pagePolicy = contentSecurityPolicy(config);
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    if (isHtml(reply.getHeader('content-type'))) reply.header('content-security-policy', pagePolicy);
  });
  await serveMfe(app, { mfe: options.remote, prefix: assetsPath(options.remote), dist }, true);
  app.get('/runtime-config.json', async (_request, reply) =>
    reply.header('cache-control', 'no-store').send(config),
  );
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    if (request.method === 'GET' && !looksLikeAsset(path)) {
      return reply.header('cache-control', 'no-store').sendFile('index.html', dist);
    }
    return reply.code(404).send(errorBody(request, 404, 'NOT_FOUND', `Nothing at ${path}`));
  });
  return app;
}
