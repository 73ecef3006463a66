/**
 * Keyset pagination over reviews. Each sort is a list of fields ending in _id, so the order is total;
 * the cursor carries the last item's values of those fields, and the next page starts strictly after
 * them. A cursor is only valid for the sort and the list (product or author) it came from.
 */
import { decodeCursor, encodeCursor as encodePayload, invalidCursor } from '@emporium/service-kit';
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
  return encodePayload<CursorPayload>({ s: sort, l: list, v });
}

function decodeValue(field: Field, value: unknown): string | number | Date {
  if (field === 'rating' && Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5) {
    return value as number;
  }
  if (field === '_id' && typeof value === 'string' && value.length <= 64) return value;
  if (field === 'createdAt' && typeof value === 'string') {
    const date = new Date(value);
    if (!Number.isNaN(date.getTime())) return date;
  }
  throw invalidCursor('it is malformed');
}

/** The filter that starts a page right after the cursor's item. */
export function afterCursor(cursor: string, sort: ReviewSort, list: string): Record<string, unknown> {
  const payload = decodeCursor<CursorPayload>(cursor);
  if (payload.s !== sort) throw invalidCursor('it belongs to a different sort order');
  if (payload.l !== list) throw invalidCursor('it belongs to a different list');
  const fields = sortFields[sort];
  const last = payload.v;
  if (!Array.isArray(last) || last.length !== fields.length) throw invalidCursor('it is malformed');
  const values = fields.map(([field], i) => decodeValue(field, last[i]));
  // (a after v) = a1 beyond v1, or a1 = v1 and a2 beyond v2, or ... for every field in turn.
  const alternatives = fields.map(([field, direction], i) => {
    const clause: Record<string, unknown> = {};
    for (let j = 0; j < i; j++) clause[fields[j]?.[0] as Field] = values[j];
    clause[field] = { [direction === 1 ? '$gt' : '$lt']: values[i] };
    return clause;
  });
  return { $or: alternatives };
}
