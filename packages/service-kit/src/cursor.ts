/**
 * The wire form of keyset-pagination cursors: a JSON payload as base64url, opaque to clients. Each service
 * decides what its payload holds (the sort, a filter fingerprint, the last item's keys) and checks it after
 * decoding, because a cursor comes back from the client and may be anything: a field it uses in a query
 * must be a plain string or number, never an object that could smuggle an operator.
 */
import { badRequest } from './errors.ts';

/** A cursor's payload after decoding: the fields a service wrote, each still to be checked. */
export type UncheckedCursor<T extends object> = { [K in keyof T]?: unknown };

/** 400 INVALID_CURSOR, saying why; `why` is also the detail for the `cursor` query parameter. */
export const invalidCursor = (why: string) =>
  badRequest('INVALID_CURSOR', `The cursor is not valid for this request: ${why}`, [
    { in: 'querystring', path: '/cursor', message: why },
  ]);

export function encodeCursor<T extends object>(payload: T): string {
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

/** The payload of a cursor `encodeCursor` made; 400 INVALID_CURSOR when it is not base64url JSON of an object. */
export function decodeCursor<T extends object>(cursor: string): UncheckedCursor<T> {
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor('it cannot be decoded');
  }
  if (payload === null || typeof payload !== 'object') throw invalidCursor('it cannot be decoded');
  return payload as UncheckedCursor<T>;
}
