import type { ProductSummary } from '@emporium/api';
import { Artwork, PriceTag, RatingBadge } from '@emporium/ui';
import { Link } from 'react-router';
import styles from './ProductCard.module.css';

/**
 * One product in the grid. The name is the link (its accessible name is the product's name); the whole
 * card is clickable through the link's stretched hit area, with no second link to tab through.
 */
export function ProductCard({ product }: { product: ProductSummary }) {
  return (
    <article className={styles.card} data-testid="product-card">
      <div className={styles.media}>
        <Artwork product={product} />
        {!product.inStock && <span className={styles.soldOut}>Out of stock</span>}
      </div>
      <div className={styles.body}>
        <p className={styles.brand}>{product.brand}</p>
        <h3 className={styles.name}>
          <Link to={product.id} className={styles.link}>
            {product.name}
          </Link>
        </h3>
        <RatingBadge rating={product.rating} />
        <PriceTag product={product} />
      </div>
    </article>
  );
}
