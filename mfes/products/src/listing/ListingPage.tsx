/**
 * The product listing: heading and count, filters, sort, the grid and "Load more". Everything that
 * decides what is shown is in the URL's search params.
 */
import { ErrorAlert } from '@emporium/ui';
import { useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { ActiveFilters } from './ActiveFilters.tsx';
import { EmptyResults } from './EmptyResults.tsx';
import { FilterPanel } from './FilterPanel.tsx';
import styles from './ListingPage.module.css';
import { type FilterChange, readFilters, toQuery, withFilters } from './listing-params.ts';
import { ProductGrid } from './ProductGrid.tsx';
import { SortSelect } from './SortSelect.tsx';
import { useCategories } from './use-categories.ts';
import { useProductList } from './use-product-list.ts';
import { useSearchTracking } from './use-search-tracking.ts';

const count = new Intl.NumberFormat('en-IN');

export function ListingPage() {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => readFilters(params), [params]);
  const query = useMemo(() => toQuery(filters), [filters]);
  const list = useProductList(query);
  const categories = useCategories();
  useSearchTracking(filters.q, list.current, list.total);

  const category = categories.find((c) => c.slug === filters.category);
  const categoryName =
    category?.name ?? list.items.find((p) => p.category.slug === filters.category)?.category.name;
  const heading = filters.q
    ? `Results for "${filters.q}"`
    : filters.category
      ? (categoryName ?? 'Products')
      : 'All products';
  const change = (next: FilterChange) => setParams(withFilters(params, next));

  return (
    <div className={styles.page}>
      <title>{`${filters.q ? `${filters.q} · ` : ''}${categoryName ?? 'All products'} · Emporium`}</title>
      <header className={styles.header}>
        <div>
          <h1 className={styles.title}>{heading}</h1>
          {filters.q && filters.category && categoryName && (
            <p className={styles.subtitle}>in {categoryName}</p>
          )}
          {!filters.q && category && <p className={styles.subtitle}>{category.description}</p>}
        </div>
      </header>
      <div className={styles.layout}>
        <FilterPanel filters={filters} categories={categories} onChange={change} />
        <section
          className={styles.results}
          aria-labelledby="results-count"
          aria-busy={list.status === 'loading'}
        >
          <div className={styles.toolbar}>
            <p id="results-count" className={styles.count} data-testid="result-count" aria-live="polite">
              {list.status === 'error' && list.items.length === 0
                ? 'Products unavailable'
                : list.status === 'loading' && list.items.length === 0
                  ? 'Finding products…'
                  : `${count.format(list.total)} ${list.total === 1 ? 'product' : 'products'}`}
            </p>
            <SortSelect
              value={filters.sort ?? 'featured'}
              onChange={(sort) => change({ sort: sort === 'featured' ? undefined : sort })}
            />
          </div>
          <ActiveFilters filters={filters} onChange={change} />
          {list.error && <ErrorAlert error={list.error} onRetry={list.reload} />}
          {list.status === 'ready' && list.items.length === 0 && <EmptyResults />}
          <ProductGrid
            products={list.items}
            loading={list.status === 'loading'}
            stale={list.status !== 'ready'}
          />
          {list.moreError && <ErrorAlert error={list.moreError} onRetry={list.loadMore} />}
          {list.status === 'ready' && list.nextCursor && (
            <div className={styles.more}>
              <p className={styles.progress}>
                Showing {count.format(list.items.length)} of {count.format(list.total)}
              </p>
              <button
                type="button"
                className={`button-secondary ${styles.moreButton}`}
                onClick={list.loadMore}
                disabled={list.loadingMore}
              >
                {list.loadingMore ? 'Loading…' : 'Load more'}
              </button>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
