/**
 * One saved product: its picture, name, current price and stock, with "Move to bag" and "Remove". The
 * name is the link to the product page; the picture links there too but stays out of the Tab order, so
 * keyboard users meet one link per product.
 */
import type { Product } from '@emporium/api';
import { Artwork, PriceTag, productTextStyles, RatingBadge, SoldOutBadge } from '@emporium/ui';
import { useId } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import sectionStyles from '../ui/Section.module.css';
import styles from './WishlistPage.module.css';

interface Props {
  product: Product;
  addedAt: string;
  busy: boolean;
  error: string | null;
  onMove: () => void;
  onRemove: () => void;
}

const savedOn = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'short', year: 'numeric' });

export function WishlistCard({ product, addedAt, busy, error, onMove, onRemove }: Props) {
  const nameId = useId();
  const to = paths.product(product.id);
  const fewLeft = product.inStock && product.stock <= 5;
  return (
    <li className={styles.card} aria-labelledby={nameId} aria-busy={busy} data-testid="wishlist-item">
      <Link to={to} className={styles.media} tabIndex={-1} aria-hidden="true">
        <Artwork product={product} />
        {!product.inStock && <SoldOutBadge />}
      </Link>
      <div className={styles.body}>
        <p className={productTextStyles.brand}>{product.brand}</p>
        <h3 id={nameId} className={productTextStyles.name}>
          <Link to={to} className={styles.nameLink}>
            {product.name}
          </Link>
        </h3>
        <RatingBadge rating={product.rating} />
        <PriceTag product={product} />
        {fewLeft && <p className={styles.low}>Only {product.stock} left</p>}
        <p className={styles.saved}>Saved {savedOn.format(new Date(addedAt))}</p>
        {error && (
          <p className={sectionStyles.error} role="alert">
            {error}
          </p>
        )}
        <div className={styles.actions}>
          <button
            type="button"
            className={`button-primary ${styles.move}`}
            onClick={onMove}
            disabled={busy || !product.inStock}
            data-testid="move-to-bag"
          >
            {product.inStock ? 'Move to bag' : 'Out of stock'}
            <span className="visually-hidden">: {product.name}</span>
          </button>
          <button
            type="button"
            className={`${sectionStyles.textButton} ${sectionStyles.danger}`}
            onClick={onRemove}
            disabled={busy}
            data-testid="remove-from-wishlist"
          >
            Remove<span className="visually-hidden"> {product.name} from your wishlist</span>
          </button>
        </div>
      </div>
    </li>
  );
}
