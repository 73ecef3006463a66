/**
 * Loads the seed catalog into the product database. Idempotent: each category and product is replaced by
 * its seed version (so `make seed` restores the catalog); with `ifEmpty` nothing happens when products
 * exist (so `make up` never overwrites data a user changed). Every seeded product belongs to the dev
 * seller (dev-data's catalogSellerId); products sellers added stay as they are.
 */
import { catalogSellerId } from '@emporium/dev-data';
import { writeChunks } from '@emporium/service-kit';
import type { Db } from 'mongodb';
import type { CategoryDocument, ProductDocument } from '../catalog/documents.ts';
import { ensureProductIndexes } from '../catalog/indexes.ts';
import { searchTerms } from '../catalog/search.ts';
import type { SeedCatalog } from './seed-file.ts';

export interface SeedResult {
  skipped: boolean;
  categories: number;
  products: number;
}

export async function loadSeedCatalog(
  db: Db,
  catalog: SeedCatalog,
  { ifEmpty = false } = {},
): Promise<SeedResult> {
  await ensureProductIndexes(db);
  const products = db.collection<ProductDocument>('products');
  const categories = db.collection<CategoryDocument>('categories');
  if (ifEmpty && (await products.estimatedDocumentCount()) > 0) {
    return { skipped: true, categories: 0, products: 0 };
  }

  const categoryNames = new Map(catalog.categories.map((c) => [c.slug, c.name]));
  const categoryWrites = catalog.categories.map((c, position) => ({
    replaceOne: {
      filter: { _id: c.slug },
      replacement: { name: c.name, description: c.description, position },
      upsert: true,
    },
  }));
  for (const chunk of writeChunks(categoryWrites)) await categories.bulkWrite(chunk);

  const now = new Date();
  const productWrites = catalog.products.map((p) => ({
    replaceOne: {
      filter: { _id: p.id },
      replacement: {
        sku: p.sku,
        sellerId: catalogSellerId,
        status: 'active' as const,
        name: p.name,
        brand: p.brand,
        category: p.category,
        description: p.description,
        highlights: p.highlights,
        attributes: p.attributes,
        price: p.price,
        listPrice: p.listPrice,
        currency: 'INR',
        stock: p.stock,
        rating: p.rating,
        popularity: p.popularity,
        tags: p.tags,
        images: [],
        searchTerms: searchTerms([p.name, p.brand, categoryNames.get(p.category) ?? p.category, ...p.tags]),
        nameKey: p.name.toLowerCase(),
        createdAt: new Date(p.createdAt),
        updatedAt: now,
      },
      upsert: true,
    },
  }));
  for (const chunk of writeChunks(productWrites)) await products.bulkWrite(chunk, { ordered: false });
  return { skipped: false, categories: catalog.categories.length, products: catalog.products.length };
}
