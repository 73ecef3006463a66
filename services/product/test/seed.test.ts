import { readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { catalogSellerId } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import type { ProductDocument } from '../src/catalog/documents.ts';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog } from '../src/seed/seed-file.ts';
import { seedReviewsFile } from '../src/seed/seed-ratings.ts';

const db = useTestDatabase(import.meta.url);

describe('the seed catalog', () => {
  it('is a realistic catalog: at least 200 products across at least 10 categories', async () => {
    const seed = await readSeedCatalog();
    expect(seed.products.length).toBeGreaterThanOrEqual(200);
    expect(seed.categories.length).toBeGreaterThanOrEqual(10);
    for (const c of seed.categories) {
      expect(seed.products.filter((p) => p.category === c.slug).length, c.slug).toBeGreaterThanOrEqual(10);
    }
    expect(new Set(seed.products.map((p) => p.name)).size).toBe(seed.products.length);
    expect(seed.products.some((p) => p.stock === 0)).toBe(true);
  });

  it('loads idempotently, restores changed products, and skips when asked to fill only an empty catalog', async () => {
    const seed = await readSeedCatalog();
    const database = db.client.db(db.name);
    const first = await loadSeedCatalog(database, seed);
    expect(first).toEqual({
      skipped: false,
      categories: seed.categories.length,
      products: seed.products.length,
    });

    const products = database.collection('products');
    const id = seed.products[0]?.id as unknown as never;
    await products.updateOne({ _id: id }, { $set: { stock: 999_999 } });
    expect(await loadSeedCatalog(database, seed, { ifEmpty: true })).toEqual({
      skipped: true,
      categories: 0,
      products: 0,
    });
    expect((await products.findOne({ _id: id }))?.stock).toBe(999_999);

    await loadSeedCatalog(database, seed);
    expect(await products.countDocuments()).toBe(seed.products.length);
    expect((await products.findOne({ _id: id }))?.stock).toBe(seed.products[0]?.stock);
  });
});

describe('seeded ratings', () => {
  it('give each product the average and count of its seeded reviews, and unreviewed products none', async () => {
    const seed = await readSeedCatalog();
    const { reviews } = JSON.parse(await readFile(seedReviewsFile, 'utf8')) as {
      reviews: { productId: string; rating: number }[];
    };
    for (const product of seed.products) {
      const ratings = reviews.filter((r) => r.productId === product.id).map((r) => r.rating);
      const sum = ratings.reduce((a, b) => a + b, 0);
      const average = ratings.length === 0 ? 0 : Math.round((sum / ratings.length) * 10) / 10;
      expect(product.rating, product.id).toEqual({ average, count: ratings.length });
    }
    const reviewed = seed.products.filter((p) => p.rating.count > 0).length / seed.products.length;
    expect(reviewed).toBeGreaterThan(0.5);
    expect(reviewed).toBeLessThan(0.7);
  });

  it('are loaded with every product owned by the catalog seller and active', async () => {
    const seed = await readSeedCatalog();
    const database = db.client.db(db.name);
    await loadSeedCatalog(database, seed);
    const stored = await database.collection<ProductDocument>('products').find().toArray();
    expect(stored).toHaveLength(seed.products.length);
    for (const doc of stored) {
      expect(doc.sellerId).toBe(catalogSellerId);
      expect(doc.status).toBe('active');
      expect(doc.rating).toEqual(seed.products.find((p) => p.id === doc._id)?.rating);
    }
  });

  it('fail loudly when the reviews rate a product the catalog does not have', async () => {
    const file = new URL(`file://${tmpdir()}/emporium-bad-reviews-${process.pid}.json`);
    await writeFile(file, JSON.stringify({ reviews: [{ productId: 'not-in-catalog', rating: 5 }] }));
    try {
      await expect(readSeedCatalog(undefined, file)).rejects.toThrow(/not-in-catalog/);
    } finally {
      await rm(file, { force: true });
    }
  });
});
