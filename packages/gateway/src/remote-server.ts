/**
 * One remote's own static server, as its nginx pod is in a cluster: its built assets at its assets path,
 * the same cache rules, and CORS for hosts on other origins (the federation runtime fetches the remote's
 * mf-manifest.json; scripts need none). A host lists it in its runtime config by its own origin. Used by
 * tests that stop one remote's server while the rest of the shop keeps running.
 */
import { join } from 'node:path';
import { assetsPath, type RemoteName } from '@emporium/registry';
import { errorBody } from '@emporium/service-kit/error-shape';
import Fastify, { type FastifyInstance } from 'fastify';
import { securityHeaders } from './headers.ts';
import { serveMfe } from './static.ts';

export async function createRemoteServer(options: {
  remote: RemoteName;
  mfesDir: string;
}): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    // Public, credential-free static files: any host origin may read them.
    reply.header('access-control-allow-origin', '*');
  });
  await serveMfe(
    app,
    {
      mfe: options.remote,
      prefix: assetsPath(options.remote),
      dist: join(options.mfesDir, options.remote, 'dist'),
    },
    false,
  );
  app.setNotFoundHandler(async (request, reply) =>
    reply.code(404).send(errorBody(request, 404, 'NOT_FOUND', `Nothing at ${request.url.split('?')[0]}`)),
  );
  return app;
}
