/**
 * The catalog repository: every read the product service's routes make. Handlers call one method and reply.
 */
import type { Collection, Db, Filter } from 'mongodb';
import type {
  CategoryBody,
  ProductBody,
  ProductListQuery,
  ProductSummaryBody,
  SortName,
} from '../schemas.ts';
import { afterCursor, encodeCursor, filterFingerprint, sortOrder } from './cursor.ts';
import {
  type CategoryDocument,
  type CategoryNames,
  type ProductDocument,
  summaryProjection,
  toProduct,
  toSummary,
} from './documents.ts';
import { searchFilter } from './search.ts';

const categoryNamesTtlMs = 60_000;

/** Shoppers see active products only; archived ones exist for their sellers, orders and reservations. */
export const visible = { status: 'active' } as const;

export interface ProductPage {
  items: ProductSummaryBody[];
  total: number;
  nextCursor: string | null;
}

export class Catalog {
  readonly products: Collection<ProductDocument>;
  readonly categories: Collection<CategoryDocument>;
  #names: { map: CategoryNames; loadedAt: number } | undefined;

  constructor(db: Db) {
    this.products = db.collection<ProductDocument>('products');
    this.categories = db.collection<CategoryDocument>('categories');
  }

  /** Category names change rarely; list pages read them from a short-lived copy. */
  async categoryNames(): Promise<CategoryNames> {
    if (this.#names && Date.now() - this.#names.loadedAt < categoryNamesTtlMs) return this.#names.map;
    const docs = await this.categories.find({}, { projection: { name: 1 } }).toArray();
    const map = new Map(docs.map((d) => [d._id, d.name]));
    this.#names = { map, loadedAt: Date.now() };
    return map;
  }

  async listProducts(query: ProductListQuery): Promise<ProductPage> {
    const sort: SortName = query.sort ?? 'featured';
    const limit = query.limit ?? 24;
    const filter = productFilter(query);
    if (filter === null) return { items: [], total: 0, nextCursor: null };
    const fingerprint = filterFingerprint({ ...query, sort: undefined, limit: undefined, cursor: undefined });
    const pageFilter: Filter<ProductDocument> = query.cursor
      ? { $and: [filter, afterCursor(query.cursor, sort, fingerprint) as Filter<ProductDocument>] }
      : filter;

    const [docs, total, names] = await Promise.all([
      this.products
        .find(pageFilter, { projection: summaryProjection })
        .sort(sortOrder(sort))
        .limit(limit + 1)
        .toArray(),
      this.products.countDocuments(filter),
      this.categoryNames(),
    ]);
    const page = docs.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((d) => toSummary(d, names)),
      total,
      nextCursor: docs.length > limit && last ? encodeCursor(last, sort, fingerprint) : null,
    };
  }

  async getProduct(id: string): Promise<ProductBody | undefined> {
    const [doc, names] = await Promise.all([
      this.products.findOne({ _id: id, ...visible }),
      this.categoryNames(),
    ]);
    return doc ? toProduct(doc, names) : undefined;
  }

  async getProducts(ids: readonly string[]): Promise<{ items: ProductBody[]; missing: string[] }> {
    const [docs, names] = await Promise.all([
      this.products.find({ _id: { $in: [...ids] }, ...visible }).toArray(),
      this.categoryNames(),
    ]);
    const byId = new Map(docs.map((d) => [d._id, d]));
    const items: ProductBody[] = [];
    const missing: string[] = [];
    for (const id of ids) {
      const doc = byId.get(id);
      if (doc) items.push(toProduct(doc, names));
      else missing.push(id);
    }
    return { items, missing };
  }

  async listCategories(): Promise<CategoryBody[]> {
    const [categories, counts] = await Promise.all([
      this.categories.find().sort({ position: 1, _id: 1 }).toArray(),
      // $group with $sum is supported by MongoDB and FerretDB alike.
      this.products
        .aggregate<{ _id: string; count: number }>([
          { $match: visible },
          { $group: { _id: '$category', count: { $sum: 1 } } },
        ])
        .toArray(),
    ]);
    const countBy = new Map(counts.map((c) => [c._id, c.count]));
    return categories.map((c) => ({
      slug: c._id,
      name: c.name,
      description: c.description,
      productCount: countBy.get(c._id) ?? 0,
    }));
  }

  async getCategory(slug: string): Promise<CategoryBody | undefined> {
    const [category, productCount] = await Promise.all([
      this.categories.findOne({ _id: slug }),
      this.products.countDocuments({ category: slug, ...visible }),
    ]);
    return category
      ? { slug: category._id, name: category.name, description: category.description, productCount }
      : undefined;
  }
}

/**
 * The query's filters as a MongoDB filter; null when nothing can match (a search without searchable words,
 * such as "!!" or "the"). Every value has passed the route schema (plain strings and numbers).
 */
export function productFilter(query: ProductListQuery): Filter<ProductDocument> | null {
  const clauses: Filter<ProductDocument>[] = [visible];
  if (query.category !== undefined) clauses.push({ category: query.category });
  if (query.brand !== undefined) clauses.push({ brand: query.brand });
  if (query.minPrice !== undefined) clauses.push({ price: { $gte: query.minPrice } });
  if (query.maxPrice !== undefined) clauses.push({ price: { $lte: query.maxPrice } });
  if (query.inStock === true) clauses.push({ stock: { $gt: 0 } });
  if (query.inStock === false) clauses.push({ stock: { $lte: 0 } });
  if (query.q !== undefined) {
    const search = searchFilter(query.q);
    if (!search) return null;
    clauses.push(search as Filter<ProductDocument>);
  }
  return clauses.length === 1 ? (clauses[0] as Filter<ProductDocument>) : { $and: clauses };
}
