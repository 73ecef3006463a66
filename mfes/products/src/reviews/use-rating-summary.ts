/**
 * A product's rating summary from the reviews service. `refresh()` reads it again past the browser's short
 * cache, after the shopper's own review changed it.
 */
import { type RatingSummary, reviewsApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { useCallback, useState } from 'react';

export function useRatingSummary(productId: string) {
  const [version, setVersion] = useState(0);
  const load = useLoad(
    (signal) => reviewsApi.summary(productId, { signal, fresh: version > 0 }),
    `${productId}:${version}`,
  );
  const refresh = useCallback(() => setVersion((v) => v + 1), []);
  // While another product's summary loads, the previous one is not this product's.
  const summary: RatingSummary | null = load.data?.productId === productId ? load.data : null;
  return { summary, status: load.status, error: load.error, reload: load.reload, refresh };
}
