/**
 * Keyset pagination of the admin user list, newest first: the cursor carries the last user's createdAt
 * and id, and the next page starts strictly after it.
 */
import { decodeCursor, encodeCursor, invalidCursor } from '@emporium/service-kit';
import type { Filter } from 'mongodb';
import type { UserDocument } from './documents.ts';

interface CursorPayload {
  c: string;
  id: string;
}

export function encodeUserCursor(doc: Pick<UserDocument, '_id' | 'createdAt'>): string {
  return encodeCursor<CursorPayload>({ c: doc.createdAt.toISOString(), id: doc._id });
}

export function decodeUserCursor(cursor: string): Filter<UserDocument> {
  const { c, id } = decodeCursor<CursorPayload>(cursor);
  if (typeof c !== 'string' || typeof id !== 'string') throw invalidCursor('it is malformed');
  const createdAt = new Date(c);
  if (Number.isNaN(createdAt.getTime())) throw invalidCursor('it is malformed');
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: id } }] };
}
