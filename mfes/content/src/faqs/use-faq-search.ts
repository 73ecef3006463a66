/**
 * The FAQs page's state lives in the URL (?category=&q=), so a search can be shared and Back works.
 * The search box updates the URL a moment after typing stops, not on every keystroke.
 */
import { contentApi, type Faq } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const typingPauseMs = 300;

export function useFaqSearch() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const q = params.get('q') ?? '';
  const [draft, setDraft] = useState(q);

  // The URL changed from elsewhere (Back, a link): the box follows it.
  useEffect(() => setDraft(q), [q]);

  useEffect(() => {
    if (draft.trim() === q.trim()) return;
    const timer = setTimeout(() => {
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (draft.trim()) next.set('q', draft.trim());
          else next.delete('q');
          return next;
        },
        { replace: true },
      );
    }, typingPauseMs);
    return () => clearTimeout(timer);
  }, [draft, q, setParams]);

  const chooseCategory = (slug: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (slug) next.set('category', slug);
      else next.delete('category');
      return next;
    });

  const faqs = useLoad<Faq[]>(
    (signal) => contentApi.listFaqs({ category: category || undefined, q: q || undefined }, { signal }),
    `${category}\n${q}`,
  );
  const categories = useLoad((signal) => contentApi.listFaqCategories({ signal }), 'faq-categories');

  return { category, q, draft, setDraft, chooseCategory, faqs, categories };
}
