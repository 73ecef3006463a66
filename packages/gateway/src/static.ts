/**
 * Serves built micro frontends: each remote's dist at its assets path (/mfe/<name>/), the host's dist at
 * `/` with an SPA fallback, so deep links such as /products/<id> load the shell, which then loads the
 * remote. Unknown asset paths stay 404s rather than turning into HTML.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { cacheControlFor } from './caching.ts';

export interface MfeMount {
  mfe: string;
  prefix: string;
  dist: string;
}

function setCacheHeaders(reply: FastifyReply, path: string): void {
  reply.header('cache-control', cacheControlFor(path));
}

export async function serveMfe(app: FastifyInstance, mount: MfeMount, decorateReply: boolean): Promise<void> {
  await app.register(fastifyStatic, {
    root: mount.dist,
    prefix: mount.prefix,
    decorateReply,
    wildcard: true,
    index: false,
    redirect: false,
    // Our setHeaders decides Cache-Control per file; the plugin's default max-age=0 would override it.
    cacheControl: false,
    etag: true,
    lastModified: true,
    setHeaders: setCacheHeaders,
  });
}

/** True for paths that look like files (an extension in the last segment), which never get the SPA page. */
export function looksLikeAsset(path: string): boolean {
  const last = path.split('?')[0]?.split('/').pop() ?? '';
  return /\.[A-Za-z0-9]{1,8}$/.test(last);
}

export function sendHostPage(reply: FastifyReply, hostDist: string): FastifyReply {
  if (!existsSync(join(hostDist, 'index.html'))) {
    return reply
      .code(503)
      .type('text/plain; charset=utf-8')
      .send('The host micro frontend is not built. Run `make build` (or `make up`, which builds it).');
  }
  return reply.header('cache-control', 'no-store').sendFile('index.html', hostDist);
}
