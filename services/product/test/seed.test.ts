import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { loadSeedCatalog } from '../src/seed/load.ts';
import { readSeedCatalog } from '../src/seed/seed-file.ts';

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
