/**
 * The writes sellers (and admins) make to the catalog: create, change, archive, and a seller's own list,
 * plus the rating the reviews service pushes. Ownership is checked here, so every route that changes a
 * product goes through the same rule: a seller changes only their own products, an admin any product.
 * Changes to an existing product run under its lock (`product:<id>`, shared with stock reservations),
 * because FerretDB writes whole documents without isolation (see the service kit's document-lock.ts).
 */
import { randomBytes } from 'node:crypto';
import type { DocumentLocks } from '@emporium/service-kit';
import { ApiError, badRequest, conflict, isDuplicateKey, notFound } from '@emporium/service-kit';
import type { Filter } from 'mongodb';
import type {
  CreateProductRequest,
  SellerProductBody,
  SellerProductListQuery,
  UpdateProductRequest,
} from '../seller-schemas.ts';
import type { Catalog } from './catalog.ts';
import { afterCursor, encodeCursor, filterFingerprint, sortOrder } from './cursor.ts';
import { type ProductDocument, toSellerProduct } from './documents.ts';
import { searchTerms, words } from './search.ts';

export interface Actor {
  id: string;
  type: 'customer' | 'seller' | 'admin';
}

export interface SellerProductPage {
  items: SellerProductBody[];
  total: number;
  nextCursor: string | null;
}

/** A readable, unique id: the brand and name as a slug plus a random tail ("sonivo-aura-anc-4f9a1c"). */
export function newProductId(brand: string, name: string): string {
  const slug = words(`${brand} ${name}`).join('-').slice(0, 64).replace(/-+$/, '') || 'product';
  return `${slug}-${randomBytes(3).toString('hex')}`;
}

function pricingProblem(price: number, listPrice: number | null): string | undefined {
  return listPrice !== null && listPrice < price ? 'listPrice must be at least the price' : undefined;
}

export class SellerCatalog {
  readonly #catalog: Catalog;
  readonly #locks: DocumentLocks;

  constructor(catalog: Catalog, locks: DocumentLocks) {
    this.#catalog = catalog;
    this.#locks = locks;
  }

  async #requireCategory(slug: string): Promise<string> {
    const category = await this.#catalog.categories.findOne({ _id: slug }, { projection: { name: 1 } });
    if (!category) {
      throw badRequest('UNKNOWN_CATEGORY', `No category "${slug}"`, [
        { in: 'body', path: '/category', message: 'is not a category' },
      ]);
    }
    return category.name;
  }

  /** The product if the actor may change it: 404 when there is none, 403 when another seller owns it. */
  async #owned(actor: Actor, productId: string): Promise<ProductDocument> {
    const doc = await this.#catalog.products.findOne({ _id: productId });
    if (!doc) throw notFound('PRODUCT_NOT_FOUND', `No product with id "${productId}"`);
    if (actor.type !== 'admin' && doc.sellerId !== actor.id) {
      throw new ApiError(403, 'NOT_PRODUCT_OWNER', 'Only the seller who owns this product may change it');
    }
    return doc;
  }

  async #present(doc: ProductDocument): Promise<SellerProductBody> {
    return toSellerProduct(doc, await this.#catalog.categoryNames());
  }

  async create(actor: Actor, input: CreateProductRequest): Promise<SellerProductBody> {
    const listPrice = input.listPrice?.amount ?? null;
    const problem = pricingProblem(input.price.amount, listPrice);
    if (problem)
      throw badRequest('INVALID_PRICING', problem, [{ in: 'body', path: '/listPrice', message: problem }]);
    const categoryName = await this.#requireCategory(input.category);
    const now = new Date();
    const tags = input.tags ?? [];
    const doc: ProductDocument = {
      _id: newProductId(input.brand, input.name),
      sku: input.sku,
      sellerId: actor.id,
      status: 'active',
      name: input.name,
      brand: input.brand,
      category: input.category,
      description: input.description,
      highlights: input.highlights ?? [],
      attributes: input.attributes ?? [],
      price: input.price.amount,
      listPrice,
      currency: 'INR',
      stock: input.stock,
      rating: { average: 0, count: 0 },
      popularity: 0,
      tags,
      images: input.images ?? [],
      searchTerms: searchTerms([input.name, input.brand, categoryName, ...tags]),
      nameKey: input.name.toLowerCase(),
      createdAt: now,
      updatedAt: now,
    };
    try {
      await this.#catalog.products.insertOne(doc);
    } catch (err) {
      // The id carries a random tail, so a duplicate is the SKU (the only other unique index).
      if (isDuplicateKey(err)) {
        throw conflict('SKU_TAKEN', `A product with SKU "${input.sku}" already exists`);
      }
      throw err;
    }
    return this.#present(doc);
  }

  async update(actor: Actor, productId: string, change: UpdateProductRequest): Promise<SellerProductBody> {
    return this.#locks.run(`product:${productId}`, () => this.#update(actor, productId, change));
  }

  async #update(actor: Actor, productId: string, change: UpdateProductRequest): Promise<SellerProductBody> {
    const current = await this.#owned(actor, productId);
    const price = change.price?.amount ?? current.price;
    const listPrice = change.listPrice === undefined ? current.listPrice : (change.listPrice?.amount ?? null);
    const problem = pricingProblem(price, listPrice);
    if (problem)
      throw badRequest('INVALID_PRICING', problem, [{ in: 'body', path: '/listPrice', message: problem }]);

    const category = change.category ?? current.category;
    const categoryName =
      change.category !== undefined ? await this.#requireCategory(change.category) : undefined;
    const name = change.name ?? current.name;
    const brand = change.brand ?? current.brand;
    const tags = change.tags ?? current.tags;
    const set: Partial<ProductDocument> = {
      ...(change.name !== undefined && { name, nameKey: name.toLowerCase() }),
      ...(change.brand !== undefined && { brand }),
      ...(change.description !== undefined && { description: change.description }),
      ...(change.highlights !== undefined && { highlights: change.highlights }),
      ...(change.attributes !== undefined && { attributes: change.attributes }),
      ...(change.stock !== undefined && { stock: change.stock }),
      ...(change.images !== undefined && { images: change.images }),
      ...(change.tags !== undefined && { tags }),
      ...(change.category !== undefined && { category }),
      price,
      listPrice,
      searchTerms: searchTerms([
        name,
        brand,
        categoryName ?? (await this.#catalog.categoryNames()).get(category) ?? category,
        ...tags,
      ]),
      updatedAt: new Date(),
    };
    // Under the product's lock nothing changed since `current` was read, so the pricing check holds.
    await this.#catalog.products.updateOne({ _id: productId }, { $set: set });
    return this.#present({ ...current, ...set });
  }

  /** Archiving hides the product from shoppers; it stays stored for orders, reservations and the seller. */
  async archive(actor: Actor, productId: string): Promise<SellerProductBody> {
    return this.#locks.run(`product:${productId}`, async () => {
      const current = await this.#owned(actor, productId);
      const set = { status: 'archived' as const, updatedAt: new Date() };
      await this.#catalog.products.updateOne({ _id: productId }, { $set: set });
      return this.#present({ ...current, ...set });
    });
  }

  /** The seller's own products, newest first, archived ones included. */
  async listOwn(sellerId: string, query: SellerProductListQuery): Promise<SellerProductPage> {
    const limit = query.limit ?? 24;
    const filter: Filter<ProductDocument> = { sellerId };
    const fingerprint = filterFingerprint({ sellerId });
    const pageFilter: Filter<ProductDocument> = query.cursor
      ? { $and: [filter, afterCursor(query.cursor, 'newest', fingerprint) as Filter<ProductDocument>] }
      : filter;
    const [docs, total, names] = await Promise.all([
      this.#catalog.products
        .find(pageFilter)
        .sort(sortOrder('newest'))
        .limit(limit + 1)
        .toArray(),
      this.#catalog.products.countDocuments(filter),
      this.#catalog.categoryNames(),
    ]);
    const page = docs.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map((d) => toSellerProduct(d, names)),
      total,
      nextCursor: docs.length > limit && last ? encodeCursor(last, 'newest', fingerprint) : null,
    };
  }

  /** The rating the reviews service computed; shown in listings and used by the rating sort. */
  async setRating(productId: string, rating: { average: number; count: number }): Promise<void> {
    const result = await this.#locks.run(`product:${productId}`, () =>
      this.#catalog.products.updateOne({ _id: productId }, { $set: { rating } }),
    );
    if (result.matchedCount === 0) throw notFound('PRODUCT_NOT_FOUND', `No product with id "${productId}"`);
  }
}
