/**
 * Before anything is timed: every contender must answer the same requests with the same bodies (items,
 * totals, cursors) and reject the same bad ones with the same status and error code. A benchmark of
 * different work is worthless, so any difference stops the run.
 */
import { deepStrictEqual } from 'node:assert/strict';
import { listPath } from './plain-database.ts';

/** The list request the load runs use: a category page, as the products micro frontend asks for it. */
export const loadQuery = '?category=electronics';

const goodQueries = [
  loadQuery,
  '',
  '?sort=price_asc&limit=5&inStock=true',
  '?q=wireless%20head',
  '?category=home-kitchen&sort=name&minPrice=50000&maxPrice=500000',
  '?sort=rating&limit=60',
  '?sort=newest&limit=7',
  '?q=the',
];
const badQueries = [
  '?limit=0',
  '?limit=61',
  '?sort=cheapest',
  '?minPrice=500&maxPrice=100',
  '?colour=red',
  '?category=Not%20A%20Slug',
  '?cursor=bm90LWpzb24',
  '?inStock=maybe',
];

interface Answer {
  status: number;
  body: unknown;
  cacheControl: string | null;
}

async function ask(base: string, query: string): Promise<Answer> {
  const res = await fetch(`${base}${listPath}${query}`);
  return { status: res.status, body: await res.json(), cacheControl: res.headers.get('cache-control') };
}

/** What must match: the whole body of a 200, the status and code of an error. */
function comparable(answer: Answer): unknown {
  if (answer.status === 200) return { status: 200, cache: answer.cacheControl, body: answer.body };
  return { status: answer.status, code: (answer.body as { code?: string }).code };
}

/** Throws naming the contender and request that differ from the reference (the first base URL). */
export async function assertSameWork(bases: Readonly<Record<string, string>>): Promise<number> {
  const [reference, ...others] = Object.entries(bases);
  if (!reference) throw new Error('no servers to compare');
  const [refName, refBase] = reference;
  const queries = [...goodQueries, ...badQueries];
  // The second page of a listing: the reference's cursor must work, and mean the same, everywhere.
  const first = await ask(refBase, '?sort=name&limit=10');
  const cursor = (first.body as { nextCursor?: string }).nextCursor;
  if (!cursor) throw new Error(`${refName} gave no nextCursor for the first page of 10 by name`);
  queries.push(`?sort=name&limit=10&cursor=${encodeURIComponent(cursor)}`);
  queries.push(`?sort=price_asc&limit=10&cursor=${encodeURIComponent(cursor)}`);

  for (const query of queries) {
    const expected = await ask(refBase, query);
    if (goodQueries.includes(query) && expected.status !== 200) {
      throw new Error(`${refName} answered ${expected.status} to ${query}: ${JSON.stringify(expected.body)}`);
    }
    for (const [name, base] of others) {
      const answer = await ask(base, query);
      try {
        deepStrictEqual(comparable(answer), comparable(expected));
      } catch (err) {
        throw new Error(
          `NOT THE SAME WORK: ${name} and ${refName} answer ${listPath}${query} differently; ` +
            `the comparison would be worthless.\n${(err as Error).message}`,
        );
      }
    }
  }
  return queries.length;
}
