/**
 * Keyset pagination. Each sort orders by one field and then by _id, so the order is total and stable; the
 * cursor carries the last item's sort value and id, and the next page starts strictly after it. Unlike
 * skip/offset it stays fast on deep pages and never repeats or drops items when products are added.
 * A cursor is only valid for the sort and filters it came from.
 */
import { createHash } from 'node:crypto';
import { decodeCursor, encodeCursor as encodePayload, invalidCursor } from '@emporium/service-kit';
import type { SortName } from '../schemas.ts';
import type { ProductDocument } from './documents.ts';

type SortField = 'popularity' | 'price' | 'rating.average' | 'createdAt' | 'nameKey';

export const sortSpecs: Record<SortName, { field: SortField; direction: 1 | -1 }> = {
  featured: { field: 'popularity', direction: -1 },
  price_asc: { field: 'price', direction: 1 },
  price_desc: { field: 'price', direction: -1 },
  rating: { field: 'rating.average', direction: -1 },
  newest: { field: 'createdAt', direction: -1 },
  name: { field: 'nameKey', direction: 1 },
};

export function sortOrder(sort: SortName): Record<string, 1 | -1> {
  const spec = sortSpecs[sort];
  return { [spec.field]: spec.direction, _id: 1 };
}

function sortValue(
  doc: Pick<ProductDocument, 'popularity' | 'price' | 'rating' | 'createdAt' | 'nameKey'>,
  sort: SortName,
) {
  switch (sortSpecs[sort].field) {
    case 'popularity':
      return doc.popularity;
    case 'price':
      return doc.price;
    case 'rating.average':
      return doc.rating.average;
    case 'createdAt':
      return doc.createdAt.toISOString();
    case 'nameKey':
      return doc.nameKey;
  }
}

interface CursorPayload {
  s: SortName;
  f: string;
  v: string | number;
  id: string;
}

/** A short fingerprint of the filters, so a cursor cannot be replayed against different ones. */
export function filterFingerprint(filters: Record<string, unknown>): string {
  const stable = Object.keys(filters)
    .filter((k) => filters[k] !== undefined)
    .sort()
    .map((k) => [k, filters[k]]);
  return createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 12);
}

export function encodeCursor(doc: ProductDocument, sort: SortName, fingerprint: string): string {
  return encodePayload<CursorPayload>({ s: sort, f: fingerprint, v: sortValue(doc, sort), id: doc._id });
}

/** The filter that starts a page right after the cursor's item. */
export function afterCursor(cursor: string, sort: SortName, fingerprint: string): Record<string, unknown> {
  const payload = decodeCursor<CursorPayload>(cursor);
  if (payload.s !== sort) throw invalidCursor('it belongs to a different sort order');
  if (payload.f !== fingerprint) throw invalidCursor('it belongs to different filters');
  const { field, direction } = sortSpecs[sort];
  const { v, id } = payload;
  const expectsString = field === 'nameKey' || field === 'createdAt';
  if (
    typeof id !== 'string' ||
    (typeof v !== 'string' && typeof v !== 'number') ||
    typeof v !== (expectsString ? 'string' : 'number')
  ) {
    throw invalidCursor('it is malformed');
  }
  const value = field === 'createdAt' ? new Date(v) : v;
  if (value instanceof Date && Number.isNaN(value.getTime())) throw invalidCursor('it is malformed');
  const beyond = direction === 1 ? '$gt' : '$lt';
  return { $or: [{ [field]: { [beyond]: value } }, { [field]: value, _id: { $gt: id } }] };
}
