import type { ProductSummary } from '@emporium/api';
import { Artwork, PriceTag, RatingBadge } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './RailCard.module.css';

/**
 * A product in the featured row, looking like its card in the listing. The name is the link; its hit
 * area covers the card, so there is one tab stop per product.
 */
export function RailCard({ product }: { product: ProductSummary }) {
  return (
    <article className={styles.card} data-testid="featured-product">
      <Artwork product={product} />
      <div className={styles.body}>
        <p className={styles.brand}>{product.brand}</p>
        <h3 className={styles.name}>
          <Link to={paths.product(product.id)} className={styles.link}>
            {product.name}
          </Link>
        </h3>
        <RatingBadge rating={product.rating} />
        <PriceTag product={product} />
      </div>
    </article>
  );
}
