import { formatMoney, type ProductSummary } from '@emporium/api';
import styles from './PriceTag.module.css';
import { VisuallyHidden } from './VisuallyHidden.tsx';

interface Props {
  product: Pick<ProductSummary, 'price' | 'listPrice' | 'discountPercent'>;
  size?: 'card' | 'large';
  /** Marks the selling price for tests and tools (the product page's `product-price`). */
  priceTestId?: string;
}

/** The selling price, and when discounted the struck-through MRP and the saving. */
export function PriceTag({ product, size = 'card', priceTestId }: Props) {
  const { price, listPrice, discountPercent } = product;
  return (
    <p className={`${styles.price} ${size === 'large' ? styles.large : ''}`}>
      <span className={styles.amount} data-testid={priceTestId}>
        {formatMoney(price)}
      </span>
      {listPrice && (
        <s className={styles.mrp}>
          <VisuallyHidden>MRP </VisuallyHidden>
          {formatMoney(listPrice)}
        </s>
      )}
      {discountPercent ? <span className={styles.off}>{discountPercent}% off</span> : null}
    </p>
  );
}
