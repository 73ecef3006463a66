import { type Category, productsApi } from '@emporium/api';
import { useEffect, useState } from 'react';

/**
 * The categories with their product counts, for the sidebar and the heading. Loaded once per mount; if
 * they fail, the listing still works (the sidebar just has no categories).
 */
export function useCategories(): Category[] {
  const [categories, setCategories] = useState<Category[]>([]);
  useEffect(() => {
    const controller = new AbortController();
    productsApi.listCategories({ signal: controller.signal }).then(setCategories, (error: unknown) => {
      if (!controller.signal.aborted) console.warn('Could not load categories:', error);
    });
    return () => controller.abort();
  }, []);
  return categories;
}
