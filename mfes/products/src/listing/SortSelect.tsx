import type { ProductSort } from '@emporium/api';
import styles from './ListingPage.module.css';
import { useInstantValue } from './use-instant-value.ts';

const labels: Record<ProductSort, string> = {
  featured: 'Featured',
  price_asc: 'Price: low to high',
  price_desc: 'Price: high to low',
  rating: 'Customer rating',
  newest: 'Newest first',
  name: 'Name: A to Z',
};

export function SortSelect({
  value,
  onChange,
}: {
  value: ProductSort;
  onChange: (sort: ProductSort) => void;
}) {
  const [selected, setSelected] = useInstantValue(value);
  return (
    <label className={styles.sort}>
      <span aria-hidden="true">Sort by</span>
      <select
        aria-label="Sort by"
        value={selected}
        onChange={(event) => {
          const sort = event.target.value as ProductSort;
          setSelected(sort);
          onChange(sort);
        }}
      >
        {(Object.keys(labels) as ProductSort[]).map((sort) => (
          <option key={sort} value={sort}>
            {labels[sort]}
          </option>
        ))}
      </select>
    </label>
  );
}
