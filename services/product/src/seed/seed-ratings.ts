/**
 * The ratings of the seeded products, added up from the reviews service's seed reviews, so a seeded
 * product shows exactly the average and count its seeded reviews give (the two databases agree).
 * The file is read where it lives in the repository; only productId and rating of each review matter here,
 * the reviews service validates the rest.
 */
import { readFile } from 'node:fs/promises';
import { Ajv } from 'ajv';
import { Type } from 'typebox';

export const seedReviewsFile = new URL('../../../reviews/src/seed/reviews.json', import.meta.url);

const SeedReviewRatings = Type.Object({
  reviews: Type.Array(
    Type.Object({
      productId: Type.String({ minLength: 1 }),
      rating: Type.Integer({ minimum: 1, maximum: 5 }),
    }),
  ),
});

export interface SeedRating {
  average: number;
  count: number;
}

/** One decimal, as the reviews service rounds it. */
export function averageOf(sum: number, count: number): number {
  return count === 0 ? 0 : Math.round((sum / count) * 10) / 10;
}

export async function readSeedRatings(file: URL = seedReviewsFile): Promise<Map<string, SeedRating>> {
  const data: unknown = JSON.parse(await readFile(file, 'utf8'));
  const validate = new Ajv({ allErrors: true }).compile<{ reviews: { productId: string; rating: number }[] }>(
    SeedReviewRatings,
  );
  if (!validate(data)) {
    const problems = (validate.errors ?? []).slice(0, 10).map((e) => `${e.instancePath || '/'} ${e.message}`);
    throw new Error(`seed reviews ${file.pathname} are invalid:\n  ${problems.join('\n  ')}`);
  }
  const totals = new Map<string, { sum: number; count: number }>();
  for (const { productId, rating } of data.reviews) {
    const total = totals.get(productId) ?? { sum: 0, count: 0 };
    total.sum += rating;
    total.count += 1;
    totals.set(productId, total);
  }
  return new Map(
    [...totals].map(([id, { sum, count }]) => [id, { average: averageOf(sum, count), count }] as const),
  );
}
