/**
 * FAQ search: the service kit's word search over each FAQ's question and answer (see word-search.ts).
 * "refund upi" finds "How long does a refund to UPI take?". Questions are full of "how do I…", so those
 * words are not searched for.
 */
import { wordSearch } from '@emporium/service-kit';

export const { words, searchTerms, searchFilter } = wordSearch({
  stopWords: [
    ...['a', 'an', 'and', 'are', 'by', 'can', 'do', 'for', 'how', 'i', 'in', 'is', 'it', 'my'],
    ...['of', 'on', 'or', 'the', 'to', 'what', 'when', 'with'],
  ],
});
