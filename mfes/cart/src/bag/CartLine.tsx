/**
 * One line of the bag: picture, name, unit price, quantity, line total, remove, and what the shopper
 * should know about it now (out of stock, fewer left than wanted, a new price).
 */
import { type ApiError, type CartIssue, type CartItem, formatMoney, maxLineQuantity } from '@emporium/api';
import { Thumbnail } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './CartLine.module.css';
import { QuantityStepper } from './QuantityStepper.tsx';

interface Props {
  item: CartItem;
  issues: CartIssue[];
  busy: boolean;
  /** A change to this line the service refused. */
  error: ApiError | null;
  onQuantity: (quantity: number) => void;
  onRemove: () => void;
}

/** Issues that stop checkout until the shopper acts; a changed price is only news. */
const blocking = new Set(['OUT_OF_STOCK', 'INSUFFICIENT_STOCK', 'PRODUCT_UNAVAILABLE']);

export function CartLine({ item, issues, busy, error, onQuantity, onRemove }: Props) {
  const productPath = paths.product(item.productId);
  const max = Math.min(maxLineQuantity, item.availableStock ?? maxLineQuantity);
  const soldOut = item.inStock === false;
  const headingId = `line-${item.productId}`;
  return (
    <li className={styles.line} aria-labelledby={headingId} aria-busy={busy} data-testid="cart-line">
      <Link to={productPath} className={styles.media} tabIndex={-1} aria-hidden="true">
        <Thumbnail productId={item.productId} image={item.image} name={item.name} />
      </Link>
      <div className={styles.body}>
        <h2 id={headingId} className={styles.name}>
          <Link to={productPath}>{item.name}</Link>
        </h2>
        <p className={styles.unit}>
          {formatMoney(item.unitPrice)} <span className={styles.each}>each</span>
        </p>
        {issues.length === 0 && soldOut && <p className={styles.out}>Out of stock</p>}
        {issues.length === 0 && !soldOut && item.availableStock !== null && item.availableStock <= 5 && (
          <p className={styles.low}>Only {item.availableStock} left</p>
        )}
        {issues.map((issue) => (
          <p
            key={issue.code}
            className={blocking.has(issue.code) ? styles.blocking : styles.notice}
            data-testid="line-issue"
          >
            {issue.message}
          </p>
        ))}
        {error && (
          <p className={styles.blocking} role="alert">
            {error.message}
          </p>
        )}
        <div className={styles.controls}>
          <QuantityStepper
            value={item.quantity}
            max={max}
            name={item.name}
            disabled={soldOut}
            onCommit={onQuantity}
          />
          <button type="button" className={styles.remove} onClick={onRemove} disabled={busy}>
            Remove<span className="visually-hidden"> {item.name}</span>
          </button>
        </div>
      </div>
      <p className={styles.total} data-testid="line-total">
        <span className="visually-hidden">Line total </span>
        {formatMoney(item.lineTotal)}
      </p>
    </li>
  );
}
