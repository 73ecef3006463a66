/**
 * The filter sidebar: categories, price range and availability. On narrow screens it folds behind a
 * "Filters" button so the products come first.
 */
import type { Category } from '@emporium/api';
import { useId, useState } from 'react';
import { CategoryNav } from './CategoryNav.tsx';
import styles from './FilterPanel.module.css';
import type { FilterChange, ListingFilters } from './listing-params.ts';
import { PriceFilter } from './PriceFilter.tsx';
import { useInstantValue } from './use-instant-value.ts';

interface Props {
  filters: ListingFilters;
  categories: Category[];
  onChange: (change: FilterChange) => void;
}

export function FilterPanel({ filters, categories, onChange }: Props) {
  const [open, setOpen] = useState(false);
  const [inStock, setInStock] = useInstantValue(filters.inStock ?? false);
  const panelId = useId();
  return (
    <aside className={styles.aside}>
      <button
        type="button"
        className={styles.toggle}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((o) => !o)}
      >
        <svg viewBox="0 0 24 24" aria-hidden="true">
          <path d="M4 6h16M7 12h10M10 18h4" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        Filters
      </button>
      <div id={panelId} className={styles.panel} data-open={open}>
        <section className={styles.section}>
          <h2 className={styles.heading}>Categories</h2>
          <CategoryNav categories={categories} active={filters.category} />
        </section>
        <section className={styles.section}>
          <h2 className={styles.heading}>Price</h2>
          <PriceFilter min={filters.minPrice} max={filters.maxPrice} onChange={onChange} />
        </section>
        <section className={styles.section}>
          <h2 className={styles.heading}>Availability</h2>
          <label className={styles.check}>
            <input
              type="checkbox"
              checked={inStock}
              onChange={(event) => {
                setInStock(event.target.checked);
                onChange({ inStock: event.target.checked || undefined });
              }}
            />
            <span>In stock only</span>
          </label>
        </section>
      </div>
    </aside>
  );
}
