/**
 * Records a search (the words and how many products matched) once its results are in, for the activity
 * service's per-domain counts. Once per search: paging, sorting or refining the same words is not a new one.
 */
import { track } from '@emporium/api';
import { useEffect, useRef } from 'react';

export function useSearchTracking(q: string | undefined, ready: boolean, total: number): void {
  const tracked = useRef<string | undefined>(undefined);
  useEffect(() => {
    if (!q || !ready || tracked.current === q) return;
    tracked.current = q;
    track({ type: 'search', domain: 'products', props: { q: q.slice(0, 256), results: total } });
  }, [q, ready, total]);
}
