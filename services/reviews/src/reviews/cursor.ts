/**
 * Keyset pagination over reviews. Each sort is a list of fields ending in _id, so the order is total;
 * the cursor carries the last item's values of those fields, and the next page starts strictly after
 * them. A cursor is only valid for the sort and the list (product or author) it came from.
 */
import { badRequest } from '@emporium/service-kit';
import type { ReviewSort } from '../schemas.ts';
import type { ReviewDocument } from './documents.ts';

type Field = 'rating' | 'createdAt' | '_id';
type Direction = 1 | -1;

export const sortFields: Record<ReviewSort, [Field, Direction][]> = {
  recent: [
    ['createdAt', -1],
    ['_id', 1],
  ],
  rating_desc: [
    ['rating', -1],
    ['createdAt', -1],
    ['_id', 1],
  ],
  rating_asc: [
    ['rating', 1],
    ['createdAt', -1],
    ['_id', 1],
  ],
};

export function sortOrder(sort: ReviewSort): Record<string, Direction> {
  return Object.fromEntries(sortFields[sort]);
}

interface CursorPayload {
  /** The sort. */
  s: ReviewSort;
  /** The list: a product id or an author id. */
  l: string;
  /** The last item's values of the sort fields, in order (dates as ISO strings). */
  v: (string | number)[];
}

export function encodeCursor(doc: ReviewDocument, sort: ReviewSort, list: string): string {
  const v = sortFields[sort].map(([field]) =>
    field === 'createdAt' ? doc.createdAt.toISOString() : doc[field],
  );
  const payload: CursorPayload = { s: sort, l: list, v };
  return Buffer.from(JSON.stringify(payload)).toString('base64url');
}

const invalid = (why: string) =>
  badRequest('INVALID_CURSOR', `The cursor is not valid for this request: ${why}`, [
    { in: 'querystring', path: '/cursor', message: why },
  ]);

function decodeValue(field: Field, value: unknown): string | number | Date {
  if (field === 'rating' && Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5) {
    return value as number;
  }
  if (field === '_id' && typeof value === 'string' && value.length <= 64) return value;
  if (field === 'createdAt' && typeof value === 'string') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalid('it is malformed');
}

/** The filter that starts a page right after the cursor's item. */
export function afterCursor(cursor: string, sort: ReviewSort, list: string): Record<string, unknown> {
  let payload: Partial<CursorPayload>;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalid('it cannot be decoded');
  }
  if (payload === null || typeof payload !== 'object') throw invalid('it cannot be decoded');
  if (payload.s !== sort) throw invalid('it belongs to a different sort order');
  if (payload.l !== list) throw invalid('it belongs to a different list');
  const fields = sortFields[sort];
  if (!Array.isArray(payload.v) || payload.v.length !== fields.length) throw invalid('it is malformed');
  const values = fields.map(([field], i) => decodeValue(field, payload.v?.[i]));
  // (a after v) = a1 beyond v1, or a1 = v1 and a2 beyond v2, or ... for every field in turn.
  const alternatives = fields.map(([field, direction], i) => {
    const clause: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) clause[fields[j]?.[0] as Field] = values[j];
    clause[field] = { [direction === 1 ? '$gt' : '$lt']: values[i] };
    return clause;
  });
  return { $or: alternatives };
}
