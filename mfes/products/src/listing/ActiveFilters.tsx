import styles from './ListingPage.module.css';
import type { FilterChange, ListingFilters } from './listing-params.ts';

const rupees = new Intl.NumberFormat('en-IN', {
  style: 'currency',
  currency: 'INR',
  maximumFractionDigits: 0,
});

interface Chip {
  label: string;
  clear: FilterChange;
}

function chips(filters: ListingFilters): Chip[] {
  const list: Chip[] = [];
  if (filters.q) list.push({ label: `Search: ${filters.q}`, clear: { q: undefined } });
  if (filters.brand) list.push({ label: `Brand: ${filters.brand}`, clear: { brand: undefined } });
  if (filters.minPrice !== undefined || filters.maxPrice !== undefined) {
    const low = filters.minPrice !== undefined ? rupees.format(filters.minPrice) : undefined;
    const high = filters.maxPrice !== undefined ? rupees.format(filters.maxPrice) : undefined;
    const label = low && high ? `${low} – ${high}` : low ? `${low} and above` : `Up to ${high}`;
    list.push({ label, clear: { minPrice: undefined, maxPrice: undefined } });
  }
  if (filters.inStock) list.push({ label: 'In stock only', clear: { inStock: undefined } });
  return list;
}

/** The filters in effect (besides the category, which the heading names), each removable. */
export function ActiveFilters({
  filters,
  onChange,
}: {
  filters: ListingFilters;
  onChange: (c: FilterChange) => void;
}) {
  const list = chips(filters);
  if (list.length === 0) return null;
  return (
    <ul className={styles.chips} aria-label="Active filters">
      {list.map((chip) => (
        <li key={chip.label}>
          <button type="button" className={styles.chip} onClick={() => onChange(chip.clear)}>
            {chip.label}
            <span aria-hidden="true">×</span>
            <span className={styles.hidden}> (remove)</span>
          </button>
        </li>
      ))}
    </ul>
  );
}
