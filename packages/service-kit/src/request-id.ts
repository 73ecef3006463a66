/**
 * The request id crosses the platform: an incoming x-request-id (from the gateway, the Ingress or another
 * service) is kept when well-formed, otherwise a new one is made. Services and the gateway use this one
 * rule; it has no dependencies, so the gateway takes it without the rest of the kit.
 */
import { randomUUID } from 'node:crypto';

const requestIdPattern = /^[A-Za-z0-9._:-]{1,128}$/;

export function requestId(req: { headers: Record<string, string | string[] | undefined> }): string {
  const incoming = req.headers['x-request-id'];
  return typeof incoming === 'string' && requestIdPattern.test(incoming) ? incoming : randomUUID();
}
