/**
 * The seed catalog file (catalog.json): its schema, and reading it with validation, so a broken edit
 * fails loudly with the offending path instead of loading half a catalog. Ratings are not in the file:
 * each product gets the rating its seeded reviews add up to (seed-ratings.ts).
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { type Static, Type } from 'typebox';
import { slugPattern } from '../schemas.ts';
import { readSeedRatings, type SeedRating, seedReviewsFile } from './seed-ratings.ts';

const SeedCategory = Type.Object(
  {
    slug: Type.String({ pattern: slugPattern }),
    name: Type.String({ minLength: 1 }),
    description: Type.String(),
  },
  { additionalProperties: false },
);

const SeedProduct = Type.Object(
  {
    id: Type.String({ pattern: slugPattern, minLength: 3, maxLength: 80 }),
    sku: Type.String({ pattern: '^[A-Z]{2}-[A-Z]{3}-[0-9]{4}$' }),
    name: Type.String({ minLength: 3, maxLength: 120 }),
    brand: Type.String({ minLength: 1 }),
    category: Type.String({ pattern: slugPattern }),
    description: Type.String({ minLength: 20 }),
    highlights: Type.Array(Type.String(), { minItems: 1 }),
    attributes: Type.Array(
      Type.Object({ name: Type.String(), value: Type.String() }, { additionalProperties: false }),
    ),
    price: Type.Integer({ minimum: 1 }),
    listPrice: Type.Union([Type.Integer({ minimum: 1 }), Type.Null()]),
    stock: Type.Integer({ minimum: 0 }),
    popularity: Type.Integer({ minimum: 0 }),
    tags: Type.Array(Type.String()),
    createdAt: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}T' }),
  },
  { additionalProperties: false },
);

export const SeedCatalogFile = Type.Object(
  {
    categories: Type.Array(SeedCategory, { minItems: 1 }),
    products: Type.Array(SeedProduct, { minItems: 1 }),
  },
  { additionalProperties: false },
);

type SeedCatalogFile = Static<typeof SeedCatalogFile>;
export type SeedProduct = SeedCatalogFile['products'][number] & { rating: SeedRating };
export interface SeedCatalog {
  categories: SeedCatalogFile['categories'];
  products: SeedProduct[];
}

export const defaultSeedFile = new URL('./catalog.json', import.meta.url);

export async function readSeedCatalog(
  file: URL = defaultSeedFile,
  reviewsFile: URL = seedReviewsFile,
): Promise<SeedCatalog> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile(SeedCatalogFile);
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`seed catalog ${file.pathname} is invalid:\n  ${problems.join('\n  ')}`);
  }
  const raw = data as SeedCatalogFile;
  const ratings = await readSeedRatings(reviewsFile);
  const catalog: SeedCatalog = {
    categories: raw.categories,
    products: raw.products.map((p) => ({ ...p, rating: ratings.get(p.id) ?? { average: 0, count: 0 } })),
  };
  const ids = new Set(catalog.products.map((p) => p.id));
  for (const id of ratings.keys()) {
    if (!ids.has(id)) throw new Error(`seed reviews rate "${id}", which is not in the seed catalog`);
  }
  const slugs = new Set(catalog.categories.map((c) => c.slug));
  for (const [key, values] of [
    ['id', catalog.products.map((p) => p.id)],
    ['sku', catalog.products.map((p) => p.sku)],
  ] as const) {
    const seen = new Set<string>();
    for (const v of values) {
      if (seen.has(v)) throw new Error(`seed catalog has a duplicate product ${key} "${v}"`);
      seen.add(v);
    }
  }
  for (const p of catalog.products) {
    if (!slugs.has(p.category))
      throw new Error(`seed product "${p.id}" has unknown category "${p.category}"`);
    if (p.listPrice !== null && p.listPrice <= p.price)
      throw new Error(`seed product "${p.id}" has listPrice <= price`);
  }
  return catalog;
}
