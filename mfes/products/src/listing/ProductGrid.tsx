import type { ProductSummary } from '@emporium/api';
import { ProductCard } from '@emporium/ui';
import styles from './ListingPage.module.css';

interface Props {
  products: ProductSummary[];
  /** Shows placeholders when there is nothing to show yet. */
  loading: boolean;
  /** Dims the current products while newer ones load. */
  stale: boolean;
}

const placeholders = Array.from({ length: 8 }, (_, i) => i);

export function ProductGrid({ products, loading, stale }: Props) {
  if (products.length === 0) {
    if (!loading) return null;
    return (
      <ul className={styles.grid} aria-hidden="true">
        {placeholders.map((i) => (
          <li key={i} className={`skeleton ${styles.placeholder}`} />
        ))}
      </ul>
    );
  }
  return (
    <ul className={`${styles.grid} ${stale ? styles.stale : ''}`} aria-label="Products">
      {products.map((product) => (
        <li key={product.id}>
          <ProductCard product={product} to={product.id} showSoldOut testId="product-card" />
        </li>
      ))}
    </ul>
  );
}
