/**
 * The FAQs page: its search and category in the URL (shared `useUrlSearch`), and the answers for them.
 */
import { contentApi, type Faq } from '@emporium/api';
import { useLoad, useUrlSearch } from '@emporium/ui';

export function useFaqSearch() {
  const { category, q, draft, setDraft, chooseCategory } = useUrlSearch();

  const faqs = useLoad<Faq[]>(
    (signal) => contentApi.listFaqs({ category: category || undefined, q: q || undefined }, { signal }),
    `${category}\n${q}`,
  );
  const categories = useLoad((signal) => contentApi.listFaqCategories({ signal }), 'faq-categories');

  return { category, q, draft, setDraft, chooseCategory, faqs, categories };
}
