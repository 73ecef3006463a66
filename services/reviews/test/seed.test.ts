import { seedShoppers } from '@emporium/dev-data';
import { useTestDatabase } from '@emporium/embedded-db/testing';
import { describe, expect, it } from 'vitest';
import { readSeedCatalog } from '../../product/src/seed/seed-file.ts';
import type { ReviewDocument, SummaryDocument } from '../src/reviews/documents.ts';
import { Summaries } from '../src/reviews/summaries.ts';
import { loadSeedReviews } from '../src/seed/load.ts';
import { readSeedReviews } from '../src/seed/seed-file.ts';

const db = useTestDatabase(import.meta.url);

describe('the seed reviews', () => {
  it('review about 60% of the seed catalog, 1 to 8 each, by seed shoppers, mostly positive', async () => {
    const { reviews } = await readSeedReviews();
    const catalog = await readSeedCatalog();
    const ids = new Set(catalog.products.map((p) => p.id));
    const shoppers = new Set(seedShoppers.map((s) => s.id));
    const perProduct = new Map<string, number>();
    for (const r of reviews) {
      expect(ids.has(r.productId), r.productId).toBe(true);
      expect(shoppers.has(r.userId), r.userId).toBe(true);
      perProduct.set(r.productId, (perProduct.get(r.productId) ?? 0) + 1);
    }
    const share = perProduct.size / catalog.products.length;
    expect(share).toBeGreaterThan(0.5);
    expect(share).toBeLessThan(0.7);
    for (const n of perProduct.values()) expect(n).toBeGreaterThanOrEqual(1);
    for (const n of perProduct.values()) expect(n).toBeLessThanOrEqual(8);
    const average = reviews.reduce((sum, r) => sum + r.rating, 0) / reviews.length;
    expect(average).toBeGreaterThan(3.6);
    expect(new Set(reviews.map((r) => r.title)).size).toBeGreaterThan(60);
  });

  it('load reviews and summaries that agree with the ratings the product seed gives each product', async () => {
    const database = db.client.db(db.name);
    const seed = await readSeedReviews();
    expect(await loadSeedReviews(database, seed)).toEqual({
      skipped: false,
      reviews: seed.reviews.length,
      products: new Set(seed.reviews.map((r) => r.productId)).size,
    });
    const summaries = new Summaries(database);
    for (const product of (await readSeedCatalog()).products) {
      const summary = await summaries.get(product.id);
      expect({ average: summary.average, count: summary.count }, product.id).toEqual(product.rating);
    }
    const stored = await database.collection<ReviewDocument>('reviews').findOne({ _id: seed.reviews[0]?.id });
    expect(stored).toMatchObject({
      authorName: seedShoppers.find((s) => s.id === seed.reviews[0]?.userId)?.name,
      createdAt: new Date(seed.reviews[0]?.createdAt ?? ''),
    });
  });

  it('reload to exactly the seed (reviews written since are removed), and skip when asked to fill only an empty database', async () => {
    const database = db.client.db(db.name);
    const seed = await readSeedReviews();
    await loadSeedReviews(database, seed);
    const reviews = database.collection<ReviewDocument>('reviews');
    const now = new Date();
    await reviews.insertOne({
      _id: 'written-later',
      productId: seed.reviews[0]?.productId ?? '',
      userId: 'someone-new',
      authorName: 'Someone New',
      rating: 1,
      title: 'x',
      body: 'y',
      verifiedPurchase: false,
      createdAt: now,
      updatedAt: now,
    });
    expect(await loadSeedReviews(database, seed, { ifEmpty: true })).toEqual({
      skipped: true,
      reviews: 0,
      products: 0,
    });
    expect(await reviews.countDocuments()).toBe(seed.reviews.length + 1);

    await loadSeedReviews(database, seed);
    expect(await reviews.countDocuments()).toBe(seed.reviews.length);
    const summaries = database.collection<SummaryDocument>('summaries');
    expect(await summaries.countDocuments()).toBe(new Set(seed.reviews.map((r) => r.productId)).size);
  });
});
