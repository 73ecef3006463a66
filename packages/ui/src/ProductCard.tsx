import type { ProductSummary } from '@emporium/api';
import { Link } from 'react-router';
import { Artwork } from './Artwork.tsx';
import { PriceTag } from './PriceTag.tsx';
import styles from './ProductCard.module.css';
import { RatingBadge } from './RatingBadge.tsx';
import { SoldOutBadge } from './SoldOutBadge.tsx';

/** The card's brand line and two-line name, for other cards of one product (the wishlist's). */
export const productTextStyles = { brand: styles.brand, name: styles.name };

/**
 * A product as the catalog shows it (the listing's grid, the home page's featured row). The name is the
 * link (its accessible name is the product's name); the whole card is clickable through the link's
 * stretched hit area, with no second link to tab through.
 */
export function ProductCard({
  product,
  to,
  showSoldOut = false,
  testId,
}: {
  product: ProductSummary;
  /** The product's page. */
  to: string;
  /** Mark a product that is out of stock on its picture (where such products are listed at all). */
  showSoldOut?: boolean;
  testId?: string;
}) {
  return (
    <article className={styles.card} data-testid={testId}>
      <div className={styles.media}>
        <Artwork product={product} />
        {showSoldOut && !product.inStock && <SoldOutBadge />}
      </div>
      <div className={styles.body}>
        <p className={styles.brand}>{product.brand}</p>
        <h3 className={styles.name}>
          <Link to={to} className={styles.link}>
            {product.name}
          </Link>
        </h3>
        <RatingBadge rating={product.rating} />
        <PriceTag product={product} />
      </div>
    </article>
  );
}
