/**
 * Keyset pagination over orders, newest first: the cursor carries the last order's createdAt and id, and
 * the next page starts strictly after it, so pages neither repeat nor skip orders placed meanwhile. A
 * cursor is only valid for the list it came from (the scope: a customer, or an admin's status filter).
 */
import { badRequest } from '@emporium/service-kit';
import type { Filter } from 'mongodb';
import type { OrderDocument } from './documents.ts';

interface CursorPayload {
  s: string;
  t: string;
  id: string;
}

export const newestFirst = { createdAt: -1, _id: -1 } as const;

export function encodeCursor(doc: Pick<OrderDocument, '_id' | 'createdAt'>, scope: string): string {
  const payload: CursorPayload = { s: scope, t: doc.createdAt.toISOString(), id: doc._id };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const invalid = (why: string) =>
  badRequest('INVALID_CURSOR', `The cursor is not valid for this list: ${why}`, [
    { in: 'querystring', path: '/cursor', message: why },
  ]);

export function afterCursor(cursor: string, scope: string): Filter<OrderDocument> {
  let payload: Partial<CursorPayload>;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('it cannot be decoded');
  }
  if (payload === null || typeof payload !== 'object') throw invalid('it cannot be decoded');
  if (payload.s !== scope) throw invalid('it belongs to a different list');
  if (typeof payload.t !== 'string' || typeof payload.id !== 'string') throw invalid('it is malformed');
  const at = new Date(payload.t);
  if (Number.isNaN(at.getTime())) throw invalid('it is malformed');
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: payload.id } }] };
}
