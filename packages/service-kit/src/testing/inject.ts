/**
 * A request injected into a service (no network), answered as tests read it: status, headers and the
 * parsed JSON body (undefined when empty).
 */
import type { FastifyInstance, InjectOptions } from 'fastify';

export interface InjectedReply {
  status: number;
  headers: Record<string, unknown>;
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever shape the route answers
  body: any;
}

export async function injectJson(
  app: FastifyInstance,
  method: InjectOptions['method'],
  url: string,
  options: { body?: unknown; headers?: Record<string, string> } = {},
): Promise<InjectedReply> {
  const res = await app.inject({
    method,
    url,
    headers: options.headers ?? {},
    ...(options.body === undefined ? {} : { payload: options.body as object }),
  });
  return {
    status: res.statusCode,
    headers: res.headers,
    body: res.body.length > 0 ? res.json() : undefined,
  };
}
