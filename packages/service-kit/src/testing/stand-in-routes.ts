/** The calls a stand-in records and how it finds the handler for one: `'POST /orders/:id/events'`. */
import type { IncomingHttpHeaders } from 'node:http';

export interface RecordedCall {
  method: string;
  /** Without the query, and without the stand-in's prefix when it has one. */
  path: string;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  /** The JSON body, undefined when there was none. */
  body: unknown;
}

export interface StandInReply {
  /** 200 unless given. */
  status?: number;
  body?: unknown;
}

export type StandInHandler = (call: RecordedCall) => StandInReply | Promise<StandInReply>;

export type StandInRoutes = Record<string, StandInHandler>;

/** `POST /x/:id/y` matches `POST /x/abc/y`. */
function matches(pattern: string, actual: string): boolean {
  const p = pattern.split('/');
  const a = actual.split('/');
  return p.length === a.length && p.every((part, i) => part.startsWith(':') || part === a[i]);
}

export function matchRoute(routes: StandInRoutes, call: RecordedCall): StandInHandler | undefined {
  const actual = `${call.method} ${call.path}`;
  return Object.entries(routes).find(([pattern]) => matches(pattern, actual))?.[1];
}
