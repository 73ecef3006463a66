/**
 * A small real HTTP server standing in for a service whose code is being written elsewhere (logistics,
 * order, activity), implementing the contract the cart relies on. Tests read the calls it received and
 * can make it fail or slow down, to exercise the cart's compensation.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedCall {
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  body: unknown;
}

export interface StandInReply {
  status: number;
  body?: unknown;
}

export type StandInHandler = (call: RecordedCall) => StandInReply | Promise<StandInReply>;

/** What the next calls do instead of the contract: answer an error status, or wait first. */
export type Trouble = { kind: 'status'; status: number } | { kind: 'delay'; ms: number } | { kind: 'drop' };

export interface StandIn {
  readonly url: string;
  readonly calls: RecordedCall[];
  /** Makes calls whose path starts with `pathPrefix` misbehave until `fix()`. */
  trouble(pathPrefix: string, trouble: Trouble): void;
  fix(): void;
  close(): Promise<void>;
}

async function readJson(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text ? JSON.parse(text) : undefined;
}

export async function startStandIn(routes: Record<string, StandInHandler>): Promise<StandIn> {
  const calls: RecordedCall[] = [];
  const troubles = new Map<string, Trouble>();
  const server: Server = createServer((req, res) => {
    void (async () => {
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const call: RecordedCall = {
        method: req.method ?? 'GET',
        path,
        headers: req.headers,
        body: await readJson(req),
      };
      calls.push(call);
      const trouble = [...troubles].find(([prefix]) => path.startsWith(prefix))?.[1];
      if (trouble?.kind === 'drop') {
        req.socket.destroy();
        return;
      }
      if (trouble?.kind === 'delay') await new Promise((r) => setTimeout(r, trouble.ms));
      let reply: StandInReply;
      if (trouble?.kind === 'status') {
        reply = {
          status: trouble.status,
          body: { statusCode: trouble.status, code: 'STAND_IN_TROUBLE', message: 'made to fail' },
        };
      } else {
        const route = Object.entries(routes).find(([pattern]) => matches(pattern, `${call.method} ${path}`));
        reply = route
          ? await route[1](call)
          : { status: 404, body: { code: 'ROUTE_NOT_FOUND', message: path } };
      }
      if (res.destroyed) return;
      res.writeHead(reply.status, { 'content-type': 'application/json' });
      res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    trouble: (prefix, t) => troubles.set(prefix, t),
    fix: () => troubles.clear(),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** `POST /x/:id/y` matches `POST /x/abc/y`. */
function matches(pattern: string, actual: string): boolean {
  const p = pattern.split('/');
  const a = actual.split('/');
  return p.length === a.length && p.every((part, i) => part.startsWith(':') || part === a[i]);
}
