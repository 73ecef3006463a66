/**
 * A real HTTP server standing in for a neighbouring service we do not run in these tests: it checks the
 * caller's x-service-key like the real one does and records every accepted call.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface StandIn {
  readonly url: string;
  readonly calls: RecordedCall[];
  close(): Promise<void>;
}

export async function startStandIn(
  expectedKey: () => string,
  handler: (call: RecordedCall) => { status: number; body?: unknown },
): Promise<StandIn> {
  const calls: RecordedCall[] = [];
  const server: Server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const reply = (status: number, body?: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(body === undefined ? '' : JSON.stringify(body));
    };
    const key = request.headers['x-service-key'];
    if (key === undefined) return reply(401, { code: 'SERVICE_KEY_REQUIRED', message: 'no key' });
    if (key !== expectedKey()) return reply(403, { code: 'SERVICE_KEY_INVALID', message: 'wrong key' });
    const call = {
      method: request.method ?? 'GET',
      path: request.url ?? '/',
      headers: request.headers,
      body: text ? JSON.parse(text) : undefined,
    };
    calls.push(call);
    const { status, body } = handler(call);
    return reply(status, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
