/**
 * A search page whose state lives in the URL (?q=&category=), so a search can be shared and Back works.
 * The box (`draft`) updates ?q= a moment after typing stops, not on every keystroke, or at once through
 * `setQuery` (Enter). `q` is read trimmed and at most `maxLength` long, as the service takes it.
 */
import { useCallback, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';

const typingPauseMs = 300;

export function useUrlSearch({ maxLength = 100 }: { maxLength?: number } = {}) {
  const [params, setParams] = useSearchParams();
  const category = params.get('category') ?? '';
  const q = (params.get('q') ?? '').trim().slice(0, maxLength);
  const [draft, setDraft] = useState(q);

  // The URL changed from elsewhere (Back, a link): the box follows it.
  useEffect(() => setDraft(q), [q]);

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

  const chooseCategory = useCallback(
    (slug: string) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        if (slug) next.set('category', slug);
        else next.delete('category');
        return next;
      }),
    [setParams],
  );

  return { q, category, draft, setDraft, setQuery, chooseCategory };
}
