/**
 * Keyset pagination of the admin user list, newest first: the cursor carries the last user's createdAt
 * and id, and the next page starts strictly after it.
 */
import { badRequest } from '@emporium/service-kit';
import type { Filter } from 'mongodb';
import type { UserDocument } from './documents.ts';

export function encodeUserCursor(doc: Pick<UserDocument, '_id' | 'createdAt'>): string {
  return Buffer.from(JSON.stringify({ c: doc.createdAt.toISOString(), id: doc._id })).toString('base64url');
}

export function decodeUserCursor(cursor: string): Filter<UserDocument> {
  const invalid = badRequest('INVALID_CURSOR', 'The cursor is not valid for this request', [
    { in: 'querystring', path: '/cursor', message: 'is not a cursor this list returned' },
  ]);
  let payload: { c?: unknown; id?: unknown };
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid;
  }
  if (
    payload === null ||
    typeof payload !== 'object' ||
    typeof payload.c !== 'string' ||
    typeof payload.id !== 'string'
  ) {
    throw invalid;
  }
  const createdAt = new Date(payload.c);
  if (Number.isNaN(createdAt.getTime())) throw invalid;
  return { $or: [{ createdAt: { $lt: createdAt } }, { createdAt, _id: { $lt: payload.id } }] };
}
