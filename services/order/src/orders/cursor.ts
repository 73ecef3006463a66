/**
 * Keyset pagination over orders, newest first: the cursor carries the last order's createdAt and id, and
 * the next page starts strictly after it, so pages neither repeat nor skip orders placed meanwhile. A
 * cursor is only valid for the list it came from (the scope: a customer, or an admin's status filter).
 */
import { decodeCursor, encodeCursor as encodePayload, invalidCursor } from '@emporium/service-kit';
import type { Filter } from 'mongodb';
import type { OrderDocument } from './documents.ts';

interface CursorPayload {
  s: string;
  t: string;
  id: string;
}

export const newestFirst = { createdAt: -1, _id: -1 } as const;

export function encodeCursor(doc: Pick<OrderDocument, '_id' | 'createdAt'>, scope: string): string {
  return encodePayload<CursorPayload>({ s: scope, t: doc.createdAt.toISOString(), id: doc._id });
}

export function afterCursor(cursor: string, scope: string): Filter<OrderDocument> {
  const { s, t, id } = decodeCursor<CursorPayload>(cursor);
  if (s !== scope) throw invalidCursor('it belongs to a different list');
  if (typeof t !== 'string' || typeof id !== 'string') throw invalidCursor('it is malformed');
  const at = new Date(t);
  if (Number.isNaN(at.getTime())) throw invalidCursor('it is malformed');
  return { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: id } }] };
}
