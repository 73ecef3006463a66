import { productsApi } from '@emporium/api';
import { ErrorAlert, ProductCard, useLoad } from '@emporium/ui';
import { paths } from '../paths.ts';
import styles from './FeaturedRail.module.css';
import { SectionHeader } from './SectionHeader.tsx';

const railSize = 8;

/**
 * A row of the catalog's featured products, scrolling sideways on small screens. It is a plain list
 * of links (no carousel): every card is reachable with Tab, and the row scrolls to follow focus.
 */
export function FeaturedRail() {
  const products = useLoad(
    async (signal) =>
      (await productsApi.listProducts({ sort: 'featured', limit: railSize }, { signal })).items,
    'featured',
  );
  if (products.status === 'ready' && products.data?.length === 0) return null;
  return (
    <section aria-labelledby="featured-title" aria-busy={products.status === 'loading'}>
      <SectionHeader
        id="featured-title"
        title="Featured products"
        more={{ to: paths.products, label: 'See all' }}
      />
      {products.error && <ErrorAlert error={products.error} onRetry={products.reload} />}
      {products.status === 'loading' && (
        <ul className={styles.rail} aria-hidden="true">
          {Array.from({ length: railSize }, (_, i) => (
            <li key={i} className={`skeleton ${styles.placeholder}`} />
          ))}
        </ul>
      )}
      {products.data && (
        <ul className={styles.rail}>
          {products.data.map((product) => (
            <li key={product.id} className={styles.item}>
              <ProductCard product={product} to={paths.product(product.id)} testId="featured-product" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
