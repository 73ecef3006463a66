import { productsApi } from '@emporium/api';
import { defaultGlyph, ErrorAlert, glyphs, useLoad } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './CategoryTiles.module.css';
import { SectionHeader } from './SectionHeader.tsx';

const count = new Intl.NumberFormat('en-IN');

/** One tile per category of the catalog, with the same drawing its products wear, into its listing. */
export function CategoryTiles() {
  const categories = useLoad((signal) => productsApi.listCategories({ signal }), 'categories');
  return (
    <section aria-labelledby="categories-title" aria-busy={categories.status === 'loading'}>
      <SectionHeader id="categories-title" title="Shop by category" />
      {categories.error && <ErrorAlert error={categories.error} onRetry={categories.reload} />}
      {categories.status === 'loading' && (
        <ul className={styles.tiles} aria-hidden="true">
          {Array.from({ length: 12 }, (_, i) => (
            <li key={i} className={`skeleton ${styles.placeholder}`} />
          ))}
        </ul>
      )}
      {categories.data && (
        <ul className={styles.tiles}>
          {categories.data.map((category) => (
            <li key={category.slug}>
              <Link className={styles.tile} to={paths.category(category.slug)} data-testid="category-tile">
                <svg className={styles.glyph} viewBox="0 0 48 48" aria-hidden="true">
                  <g
                    fill="none"
                    stroke="currentColor"
                    strokeWidth="2.6"
                    strokeLinecap="round"
                    strokeLinejoin="round"
                  >
                    {glyphs[category.slug] ?? defaultGlyph}
                  </g>
                </svg>
                <span className={styles.name}>{category.name}</span>
                <span className={styles.count}>
                  {count.format(category.productCount)} {category.productCount === 1 ? 'product' : 'products'}
                </span>
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
