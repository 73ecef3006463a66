/**
 * `node src/seed/generate.ts`: writes reviews.json, the seed reviews, from the product seed catalog and the
 * dev shoppers. Run once and committed; run again only when the catalog changes. The output is the same on
 * every run (a seeded random generator), so a re-run shows as a diff only where the inputs changed.
 *
 * About 60% of products get 1 to 8 reviews, one per shopper per product, ratings skewed positive.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { seedShoppers } from '@emporium/dev-data';
import { categoryPhrases, closers, type Mood } from './phrases.ts';
import { defaultSeedFile, type SeedReview } from './seed-file.ts';

// The product service's seed catalog, read where it lives in the repository.
const catalogFile = new URL('../../../product/src/seed/catalog.json', import.meta.url);
// Reviews are dated up to this moment; fixed so the output does not depend on when it is generated.
const latest = Date.parse('2026-11-20T12:00:00.000Z');

/** mulberry32: a tiny seeded generator, so the same inputs give the same reviews. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(20261120);
const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)] as T;

function shuffled<T>(items: readonly T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Mostly 4 and 5 stars, like real marketplaces: 5 45%, 4 30%, 3 12%, 2 7%, 1 6%. */
function stars(): 1 | 2 | 3 | 4 | 5 {
  const r = next();
  if (r < 0.45) return 5;
  if (r < 0.75) return 4;
  if (r < 0.87) return 3;
  if (r < 0.94) return 2;
  return 1;
}

const moodOf = (rating: number): Mood => (rating >= 4 ? 'happy' : rating === 3 ? 'mixed' : 'unhappy');

interface CatalogProduct {
  id: string;
  category: string;
  createdAt: string;
}

const catalog = JSON.parse(await readFile(catalogFile, 'utf8')) as { products: CatalogProduct[] };
const reviews: SeedReview[] = [];
let sequence = 0;
for (const product of catalog.products) {
  if (next() >= 0.6) continue;
  const phrases = categoryPhrases[product.category];
  if (!phrases) throw new Error(`no review phrases for category ${product.category}`);
  const count = 1 + Math.floor(next() * 8);
  const since = Date.parse(product.createdAt);
  for (const shopper of shuffled(seedShoppers).slice(0, count)) {
    const rating = stars();
    const mood = moodOf(rating);
    const at = new Date(since + next() * (latest - since));
    at.setUTCSeconds(0, 0);
    sequence += 1;
    reviews.push({
      id: `seed-review-${String(sequence).padStart(4, '0')}`,
      productId: product.id,
      userId: shopper.id,
      rating,
      title: pick(phrases.titles[mood]),
      body: `${pick(phrases.openers[mood])} ${pick(closers[mood])}`,
      // Most seeded reviewers bought the product; a few did not (gifts, borrowed, seen in a store).
      verifiedPurchase: next() < 0.8,
      createdAt: at.toISOString(),
    });
  }
}

await writeFile(defaultSeedFile, `${JSON.stringify({ reviews }, null, 2)}\n`);
process.stdout.write(
  `wrote ${reviews.length} reviews of ${new Set(reviews.map((r) => r.productId)).size} products to ${defaultSeedFile.pathname}\n`,
);
