/**
 * A real HTTP server for the client tests: each test sets how it answers and reads what arrived.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Received {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  at: number;
  /** The request body as text, once it has arrived ('' for none). */
  body: string;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

export interface TestServer {
  origin: string;
  received: Received[];
  answer(handler: Handler): void;
  close(): Promise<void>;
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(JSON.stringify(body));
}

export async function startServer(): Promise<TestServer> {
  const received: Received[] = [];
  let handler: Handler = (_req, res) => sendJson(res, 200, {});
  const server: Server = createServer((req, res) => {
    const entry: Received = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      at: Date.now(),
      body: '',
    };
    received.push(entry);
    const attempt = received.length;
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      entry.body += chunk;
    });
    req.on('end', () => handler(req, res, attempt));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    received,
    answer(next) {
      handler = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
