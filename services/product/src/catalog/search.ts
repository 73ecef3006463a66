/**
 * Product search: the service kit's word search over each product's name, brand, category and tags
 * (see word-search.ts). "wireless head" finds "Wireless Headphones"; "speakers" finds "Speaker".
 */
import { wordSearch } from '@emporium/service-kit';

export const { words, searchTerms, searchFilter } = wordSearch({
  stopWords: ['a', 'an', 'and', 'by', 'for', 'in', 'of', 'on', 'or', 'the', 'to', 'with'],
});
