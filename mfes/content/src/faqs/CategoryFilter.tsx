import type { FaqCategory } from '@emporium/api';
import styles from './FaqPage.module.css';

/**
 * The FAQ categories as a set of toggle buttons (All first). A button, not a link: it filters this
 * page, and aria-pressed says which one is on.
 */
export function CategoryFilter({
  categories,
  selected,
  onChoose,
}: {
  categories: FaqCategory[];
  selected: string;
  onChoose: (slug: string) => void;
}) {
  const total = categories.reduce((sum, c) => sum + c.count, 0);
  const options = [{ slug: '', name: 'All topics', count: total }, ...categories];
  return (
    <nav className={styles.categories} aria-label="FAQ topics">
      <ul>
        {options.map((option) => (
          <li key={option.slug || 'all'}>
            <button
              type="button"
              className={styles.category}
              aria-pressed={option.slug === selected}
              onClick={() => onChoose(option.slug)}
            >
              <span>{option.name}</span>
              {categories.length > 0 && <span className={styles.categoryCount}>{option.count}</span>}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
