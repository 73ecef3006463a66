/**
 * Text search that works the same on MongoDB and on FerretDB (which has no $text): each document stores
 * the lower-cased words of its searchable text plus simple stems (`searchTerms`), and a query matches when
 * every query word is a prefix of one of them. "wireless head" finds "Wireless Headphones", "refund upi"
 * finds "How long does a refund to UPI take?". Query words are regex-escaped, so "(" or ".*" match
 * literally (nothing), never as patterns. Each service picks the words too common to search for.
 */

const maxQueryWords = 8;
// Longer "words" are noise (pasted ids, base64); dropping them keeps the stored terms and regexes small.
const maxWordLength = 40;
const nonAscii = /[\u0080-\uffff]/;

/** A crude English stem, applied to stored words and query words alike: "batteries" -> "battery". */
export function stem(word: string): string {
  if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
  if (word.length > 4 && /(ch|sh|ss|x)es$/.test(word)) return word.slice(0, -2);
  if (word.length > 3 && word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface WordSearch {
  /** The searchable words of a text: accents folded, lower-cased, stop words dropped. */
  words(text: string): string[];
  /** What a document stores in `searchTerms`: its words and their stems, sorted, once each. */
  searchTerms(parts: readonly string[]): string[];
  /** The filter for a query; undefined when the query has no searchable words. */
  searchFilter(query: string): { $and: { searchTerms: { $regex: string } }[] } | undefined;
}

export function wordSearch({ stopWords }: { stopWords: readonly string[] }): WordSearch {
  const stop = new Set(stopWords);
  const words = (text: string) =>
    // Plain ASCII (nearly every query) has no accents to fold: NFKD would return it unchanged.
    (nonAscii.test(text) ? text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '') : text)
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 0 && w.length <= maxWordLength && !stop.has(w));
  return {
    words,
    searchTerms(parts) {
      const terms = new Set<string>();
      for (const w of words(parts.join(' '))) {
        terms.add(w);
        terms.add(stem(w));
      }
      return [...terms].sort();
    },
    searchFilter(query) {
      const queryWords = [...new Set(words(query).map(stem))].slice(0, maxQueryWords);
      if (queryWords.length === 0) return undefined;
      return { $and: queryWords.map((w) => ({ searchTerms: { $regex: `^${escapeRegex(w)}` } })) };
    },
  };
}
