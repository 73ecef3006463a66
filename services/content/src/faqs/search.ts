/**
 * FAQ search that works the same on MongoDB and on FerretDB (which has no $text): each FAQ stores the
 * lower-cased words of its question and answer plus simple stems, and a query matches when every query word
 * is a prefix of one of them. "refund upi" finds "How long does a refund to UPI take?". Query words are
 * regex-escaped, so "(" or ".*" match literally (nothing), never as patterns.
 *
 * The same scheme as the product service's search.ts; a candidate for a shared package.
 */

const stopWords = new Set([
  'a',
  'an',
  'and',
  'are',
  'by',
  'can',
  'do',
  'for',
  'how',
  'i',
  'in',
  'is',
  'it',
  'my',
  'of',
  'on',
  'or',
  'the',
  'to',
  'what',
  'when',
  'with',
]);
const maxQueryWords = 8;
const maxWordLength = 40;

export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0 && w.length <= maxWordLength && !stopWords.has(w));
}

/** A crude English stem, applied to stored words and query words alike: "deliveries" -> "delivery". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

export function searchTerms(parts: readonly string[]): string[] {
  const terms = new Set<string>();
  for (const w of words(parts.join(' '))) {
    terms.add(w);
    terms.add(stem(w));
  }
  return [...terms].sort();
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The filter for a search query; undefined when the query has no searchable words. */
export function searchFilter(query: string): { $and: { searchTerms: { $regex: string } }[] } | undefined {
  const queryWords = [...new Set(words(query).map(stem))].slice(0, maxQueryWords);
  if (queryWords.length === 0) return undefined;
  return { $and: queryWords.map((w) => ({ searchTerms: { $regex: `^${escapeRegex(w)}` } })) };
}
