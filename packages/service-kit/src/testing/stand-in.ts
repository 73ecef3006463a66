/**
 * A real HTTP server on a free loopback port standing in for a neighbour service a test does not run: it
 * answers fixed responses from its routes, checks the caller's x-service-key like the real service when
 * told to, records every call it accepts, can be made to misbehave, and can go down and come back on the
 * same port the way a restarted service does. The database of the service under test stays real.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  matchRoute,
  type RecordedCall,
  type StandInHandler,
  type StandInReply,
  type StandInRoutes,
} from './stand-in-routes.ts';

/** What the next calls do instead of the routes: answer an error status, wait first, or hang up. */
export type Trouble = { kind: 'status'; status: number } | { kind: 'delay'; ms: number } | { kind: 'drop' };

export interface StandInOptions {
  /** `'METHOD /path/:param'` to handler, or one handler for every call. */
  routes: StandInRoutes | StandInHandler;
  /** The only key accepted: without one 401 SERVICE_KEY_REQUIRED, another 403 SERVICE_KEY_INVALID (unrecorded). */
  serviceKey?: () => string;
  /** An API prefix (`apiPrefix('order')`): routes and recorded paths are relative to it. */
  prefix?: string;
}

export interface StandIn {
  readonly url: string;
  /** Every call accepted so far, in order. */
  readonly calls: RecordedCall[];
  /** Makes calls whose path starts with `pathPrefix` misbehave until `fix()`. */
  trouble(pathPrefix: string, trouble: Trouble): void;
  fix(): void;
  /** Stops listening: callers get connection refused until `start()`, on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

function send(response: ServerResponse, { status = 200, body }: StandInReply): void {
  if (response.destroyed) return;
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(body === undefined ? '' : JSON.stringify(body));
}

const refusal = (status: number, code: string, message: string) => ({
  status,
  body: { statusCode: status, code, message },
});

export async function startStandIn(options: StandInOptions): Promise<StandIn> {
  const calls: RecordedCall[] = [];
  const troubles = new Map<string, Trouble>();
  const prefix = options.prefix ?? '';

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const body = await readJson(request);
    const key = request.headers['x-service-key'];
    if (options.serviceKey && key === undefined)
      return send(response, refusal(401, 'SERVICE_KEY_REQUIRED', 'no key'));
    if (options.serviceKey && key !== options.serviceKey())
      return send(response, refusal(403, 'SERVICE_KEY_INVALID', 'wrong key'));
    const path = prefix && url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const call: RecordedCall = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      headers: request.headers,
      body,
    };
    calls.push(call);
    const trouble = [...troubles].find(([start]) => path.startsWith(start))?.[1];
    if (trouble?.kind === 'drop') return void request.socket.destroy();
    if (trouble?.kind === 'delay') await new Promise((resolve) => setTimeout(resolve, trouble.ms));
    if (trouble?.kind === 'status')
      return send(response, refusal(trouble.status, 'STAND_IN_TROUBLE', 'made to fail'));
    const handler = typeof options.routes === 'function' ? options.routes : matchRoute(options.routes, call);
    send(response, handler ? await handler(call) : refusal(404, 'ROUTE_NOT_FOUND', path));
  }

  let server: Server | undefined;
  let port = 0;
  const start = () =>
    new Promise<void>((resolve, reject) => {
      const listening = createServer((request, response) => void answer(request, response));
      listening.once('error', reject);
      listening.listen(port, '127.0.0.1', () => {
        port = (listening.address() as AddressInfo).port;
        server = listening;
        resolve();
      });
    });
  const stop = () =>
    new Promise<void>((resolve) => {
      const running = server;
      server = undefined;
      if (!running) return resolve();
      running.close(() => resolve());
      running.closeAllConnections();
    });

  await start();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    calls,
    trouble: (pathPrefix, trouble) => void troubles.set(pathPrefix, trouble),
    fix: () => troubles.clear(),
    stop,
    start,
    close: stop,
  };
}
