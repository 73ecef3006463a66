/**
 * The help center: its search and topic in the URL (shared `useUrlSearch`), the answers for them, and
 * each settled search reported to the activity service with how many answers it found.
 */
import { type HelpArticle, supportApi, track } from '@emporium/api';
import { useLoad, useUrlSearch } from '@emporium/ui';

/** The service's most: browsing shows every answer under its topic, a search rarely finds this many. */
const resultLimit = 50;

export function useHelpSearch() {
  const { q, category, draft, setDraft, setQuery, chooseCategory } = useUrlSearch();

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
