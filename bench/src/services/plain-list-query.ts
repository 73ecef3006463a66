/**
 * The product list query written plainly against the `mongodb` driver, as the Express and node:http
 * contenders run it: the product service's filters (active products, category, brand, price range, stock,
 * word-prefix search), its keyset pagination (sort field then _id, a cursor bound to sort and filters), its
 * projection, count and category names, and its response shape. Written from services/product/src/catalog
 * rather than imported from it, as another team would write it; main.ts checks that the bodies are equal.
 */
import { createHash } from 'node:crypto';
import type { Db, Document, Filter } from 'mongodb';
import { BadParams, type ListParams, type SortName } from './plain-list-params.ts';

const sortFields: Record<SortName, [field: string, direction: 1 | -1]> = {
  featured: ['popularity', -1],
  price_asc: ['price', 1],
  price_desc: ['price', -1],
  rating: ['rating.average', -1],
  newest: ['createdAt', -1],
  name: ['nameKey', 1],
};

const projection = {
  sku: 1,
  name: 1,
  brand: 1,
  category: 1,
  price: 1,
  listPrice: 1,
  currency: 1,
  stock: 1,
  rating: 1,
  images: 1,
  popularity: 1,
  nameKey: 1,
  createdAt: 1,
};

const stopWords = new Set(['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with']);

function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

/** Every query word must be a prefix of one of the product's stored search terms. */
function searchClause(q: string): Filter<Document> | null {
  const words = q
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && w.length <= 40 && !stopWords.has(w));
  const stems = [...new Set(words.map(stem))].slice(0, 8);
  if (stems.length === 0) return null;
  const literal = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { $and: stems.map((w) => ({ searchTerms: { $regex: `^${literal(w)}` } })) };
}

function filterOf(p: ListParams): Filter<Document> | null {
  const clauses: Filter<Document>[] = [{ status: 'active' }];
  if (p.category !== undefined) clauses.push({ category: p.category });
  if (p.brand !== undefined) clauses.push({ brand: p.brand });
  if (p.minPrice !== undefined) clauses.push({ price: { $gte: p.minPrice } });
  if (p.maxPrice !== undefined) clauses.push({ price: { $lte: p.maxPrice } });
  if (p.inStock === true) clauses.push({ stock: { $gt: 0 } });
  if (p.inStock === false) clauses.push({ stock: { $lte: 0 } });
  if (p.q !== undefined) {
    const search = searchClause(p.q);
    if (!search) return null;
    clauses.push(search);
  }
  return clauses.length === 1 ? (clauses[0] as Filter<Document>) : { $and: clauses };
}

/** Binds a cursor to the filters it was made for (not to sort, limit or the cursor itself). */
function fingerprint(p: ListParams): string {
  const { sort: _s, limit: _l, cursor: _c, ...filters } = p;
  const stable = Object.entries(filters)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1));
  return createHash('sha256').update(JSON.stringify(stable)).digest('base64url').slice(0, 12);
}

const badCursor = (why: string) =>
  new BadParams('INVALID_CURSOR', `The cursor is not valid for this request: ${why}`, {
    path: '/cursor',
    message: why,
  });

function afterCursor(cursor: string, sort: SortName, print: string): Document {
  let payload: { s?: unknown; f?: unknown; v?: unknown; id?: unknown };
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw badCursor('it cannot be decoded');
  }
  if (payload === null || typeof payload !== 'object') throw badCursor('it cannot be decoded');
  if (payload.s !== sort) throw badCursor('it belongs to a different sort order');
  if (payload.f !== print) throw badCursor('it belongs to different filters');
  const [field, direction] = sortFields[sort];
  const { v, id } = payload;
  const wantsString = field === 'nameKey' || field === 'createdAt';
  if (typeof id !== 'string' || typeof v !== (wantsString ? 'string' : 'number')) {
    throw badCursor('it is malformed');
  }
  const value = field === 'createdAt' ? new Date(v as string) : (v as string | number);
  if (value instanceof Date && Number.isNaN(value.getTime())) throw badCursor('it is malformed');
  const beyond = direction === 1 ? '$gt' : '$lt';
  return { $or: [{ [field]: { [beyond]: value } }, { [field]: value, _id: { $gt: id } }] };
}

function sortValue(doc: Document, sort: SortName): string | number {
  if (sort === 'rating') return doc.rating.average;
  if (sort === 'newest') return (doc.createdAt as Date).toISOString();
  return doc[sortFields[sort][0]];
}

const money = (amount: number, currency: string) => ({ amount, currency });

function summary(doc: Document, categoryNames: Map<string, string>) {
  const discounted = doc.listPrice !== null && doc.listPrice > doc.price;
  return {
    id: doc._id,
    sku: doc.sku,
    name: doc.name,
    brand: doc.brand,
    category: { slug: doc.category, name: categoryNames.get(doc.category) ?? doc.category },
    price: money(doc.price, doc.currency),
    listPrice: discounted ? money(doc.listPrice, doc.currency) : null,
    discountPercent: discounted ? Math.round((1 - doc.price / doc.listPrice) * 100) : null,
    stock: doc.stock,
    inStock: doc.stock > 0,
    rating: { average: doc.rating.average, count: doc.rating.count },
    images: doc.images.map((i: { url: string; alt: string }) => ({ url: i.url, alt: i.alt })),
  };
}

export type ProductListPage = {
  items: ReturnType<typeof summary>[];
  total: number;
  nextCursor: string | null;
};

/** The catalog reads of the list page; category names are kept for a minute, as the service does. */
export function productList(db: Db) {
  const products = db.collection('products');
  const categories = db.collection<{ _id: string; name: string }>('categories');
  let names: { map: Map<string, string>; at: number } | undefined;
  const categoryNames = async () => {
    if (names && Date.now() - names.at < 60_000) return names.map;
    const docs = await categories.find({}, { projection: { name: 1 } }).toArray();
    names = { map: new Map(docs.map((d) => [d._id, d.name])), at: Date.now() };
    return names.map;
  };

  return async function list(p: ListParams): Promise<ProductListPage> {
    const filter = filterOf(p);
    if (filter === null) return { items: [], total: 0, nextCursor: null };
    const print = fingerprint(p);
    const pageFilter = p.cursor ? { $and: [filter, afterCursor(p.cursor, p.sort, print)] } : filter;
    const [field, direction] = sortFields[p.sort];
    const [docs, total, namesNow] = await Promise.all([
      products
        .find(pageFilter, { projection })
        .sort({ [field]: direction, _id: 1 })
        .limit(p.limit + 1)
        .toArray(),
      products.countDocuments(filter),
      categoryNames(),
    ]);
    const page = docs.slice(0, p.limit);
    const last = page.at(-1);
    const next =
      docs.length > p.limit && last
        ? Buffer.from(
            JSON.stringify({ s: p.sort, f: print, v: sortValue(last, p.sort), id: last._id }),
          ).toString('base64url')
        : null;
    return { items: page.map((d) => summary(d, namesNow)), total, nextCursor: next };
  };
}
