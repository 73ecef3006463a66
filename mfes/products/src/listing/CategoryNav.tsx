import type { Category } from '@emporium/api';
import { Link, useSearchParams } from 'react-router';
import styles from './FilterPanel.module.css';
import { searchWith } from './listing-params.ts';

const count = new Intl.NumberFormat('en-IN');

/**
 * Category links that keep the other filters. The count is the link's description, not its name, so
 * the link is called exactly what the category is called.
 */
export function CategoryNav({ categories, active }: { categories: Category[]; active: string | undefined }) {
  const [params] = useSearchParams();
  return (
    <nav aria-label="Categories">
      <ul className={styles.categories}>
        <li>
          <Link
            to={{ search: searchWith(params, { category: undefined }) }}
            className={styles.category}
            aria-current={active ? undefined : 'page'}
          >
            <span>All categories</span>
          </Link>
        </li>
        {categories.map((category) => (
          <li key={category.slug}>
            <Link
              to={{ search: searchWith(params, { category: category.slug }) }}
              className={styles.category}
              aria-current={active === category.slug ? 'page' : undefined}
              aria-describedby={`category-count-${category.slug}`}
            >
              <span>{category.name}</span>
              <span className={styles.count} aria-hidden="true">
                {count.format(category.productCount)}
              </span>
            </Link>
            <span id={`category-count-${category.slug}`} hidden>
              {count.format(category.productCount)} products
            </span>
          </li>
        ))}
      </ul>
    </nav>
  );
}
