/**
 * A stand-in for a neighbour service that is being built elsewhere (the order service's purchase check,
 * the activity service's event intake): a real HTTP server on a free loopback port that answers the one
 * internal route the reviews service calls, checks the caller's service key like the real service would,
 * and records every call. The database of the service under test stays real.
 */
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { apiPrefix, type ServiceName } from '@emporium/registry';

export interface RecordedCall {
  method: string;
  path: string;
  query: URLSearchParams;
  body: unknown;
  requestId: string | undefined;
}

export type Handler = (call: RecordedCall) => { status?: number; body: unknown };

export interface NeighbourDouble {
  readonly url: string;
  readonly calls: RecordedCall[];
  close(): Promise<void>;
}

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startNeighbour(
  service: ServiceName,
  acceptedKey: string,
  routes: Record<string, Handler>,
): Promise<NeighbourDouble> {
  const calls: RecordedCall[] = [];
  const prefix = apiPrefix(service);
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://double');
    const reply = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    const key = request.headers['x-service-key'];
    if (key === undefined)
      return reply(401, { statusCode: 401, code: 'SERVICE_KEY_REQUIRED', message: 'no key' });
    if (key !== acceptedKey)
      return reply(403, { statusCode: 403, code: 'SERVICE_KEY_INVALID', message: 'bad key' });
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const call: RecordedCall = {
      method: request.method ?? 'GET',
      path,
      query: url.searchParams,
      body: await readJson(request),
      requestId: request.headers['x-request-id'] as string | undefined,
    };
    calls.push(call);
    const handler = routes[`${call.method} ${path}`];
    if (!handler) return reply(404, { statusCode: 404, code: 'ROUTE_NOT_FOUND', message: path });
    const { status = 200, body } = handler(call);
    return reply(status, body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
