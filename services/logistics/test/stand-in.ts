/**
 * A real HTTP server standing in for a neighbouring service: it checks the caller's x-service-key like
 * the real one does, records every accepted call, and can go down (stop listening) and come back on the
 * same port, the way a restarted service does.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export type Handler = (call: RecordedCall) => { status: number; body?: unknown };

export interface StandIn {
  readonly url: string;
  readonly calls: RecordedCall[];
  stop(): Promise<void>;
  start(): Promise<void>;
  close(): Promise<void>;
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startStandIn(expectedKey: () => string, handler: Handler): Promise<StandIn> {
  const calls: RecordedCall[] = [];
  let server: Server | undefined;
  let port = 0;

  const listen = () =>
    new Promise<void>((resolve, reject) => {
      const s = createServer(async (request: IncomingMessage, response: ServerResponse) => {
        const call: RecordedCall = {
          method: request.method ?? 'GET',
          path: request.url ?? '/',
          headers: request.headers,
          body: await readBody(request),
        };
        const reply = (status: number, body?: unknown) => {
          response.writeHead(status, { 'content-type': 'application/json' });
          response.end(body === undefined ? '' : JSON.stringify(body));
        };
        const key = request.headers['x-service-key'];
        if (key === undefined) return reply(401, { code: 'SERVICE_KEY_REQUIRED', message: 'no key' });
        if (key !== expectedKey()) return reply(403, { code: 'SERVICE_KEY_INVALID', message: 'wrong key' });
        calls.push(call);
        const { status, body } = handler(call);
        return reply(status, body);
      });
      s.once('error', reject);
      s.listen(port, '127.0.0.1', () => {
        port = (s.address() as AddressInfo).port;
        server = s;
        resolve();
      });
    });

  const stop = () =>
    new Promise<void>((resolve) => {
      if (!server) return resolve();
      server.close(() => resolve());
      server.closeAllConnections();
      server = undefined;
    });

  await listen();
  return {
    get url() {
      return `http://127.0.0.1:${port}`;
    },
    calls,
    stop,
    start: listen,
    close: stop,
  };
}
