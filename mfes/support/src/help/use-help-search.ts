/**
 * The help center's state lives in the URL (?q=&category=), so a search can be shared and Back works.
 * The search box updates the URL a moment after typing stops, not on every keystroke, and each settled
 * search is reported to the activity service with how many answers it found.
 */
import { type HelpArticle, supportApi, track } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const typingPauseMs = 300;
/** The service's most: browsing shows every answer under its topic, a search rarely finds this many. */
const resultLimit = 50;

export function useHelpSearch() {
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const q = (params.get('q') ?? '').trim().slice(0, 100);
  const [draft, setDraft] = useState(q);

  // The URL changed from elsewhere (Back, a link): the box follows it.
  useEffect(() => setDraft(q), [q]);

  /** Sets ?q= (at once on Enter, else after the typing pause). */
  const setQuery = useCallback(
    (text: string) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current);
          if (text.trim()) next.set('q', text.trim());
          else next.delete('q');
          return next;
        },
        { replace: true },
      ),
    [setParams],
  );

  useEffect(() => {
    if (draft.trim() === q) return;
    const timer = setTimeout(() => setQuery(draft), typingPauseMs);
    return () => clearTimeout(timer);
  }, [draft, q, setQuery]);

  const chooseCategory = (slug: string) =>
    setParams((current) => {
      const next = new URLSearchParams(current);
      if (slug) next.set('category', slug);
      else next.delete('category');
      return next;
    });

  const answers = useLoad<HelpArticle[]>(async (signal) => {
    const found = await supportApi.searchHelp(
      { q: q || undefined, category: category || undefined, limit: resultLimit },
      { signal },
    );
    // Reported with the answer it got, so the count is this search's (browsing is not a search).
    if (q) track({ type: 'search', domain: 'support', props: { q, category, results: found.length } });
    return found;
  }, `${category}\n${q}`);
  const categories = useLoad((signal) => supportApi.listHelpCategories({ signal }), 'help-categories');

  return { q, category, draft, setDraft, setQuery, chooseCategory, answers, categories };
}
