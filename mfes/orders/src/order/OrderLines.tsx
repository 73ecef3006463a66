/** What was ordered: each line with its picture, price, quantity and total, linking to the product. */
import { formatMoney, type Order } from '@emporium/api';
import { Thumbnail } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './OrderPage.module.css';

export function OrderLines({ order }: { order: Order }) {
  return (
    <section className={styles.card} aria-labelledby="items-heading">
      <h2 id="items-heading" className={styles.cardTitle}>
        Items
      </h2>
      <ul className={styles.lines}>
        {order.lines.map((line) => (
          <li key={line.productId} className={styles.line} data-testid="order-line">
            <span className={styles.thumb}>
              <Thumbnail productId={line.productId} image={line.image} name={line.name} />
            </span>
            <span className={styles.lineBody}>
              <Link to={paths.product(line.productId)} className={styles.lineName}>
                {line.name}
              </Link>
              <span className={styles.lineMeta}>
                {formatMoney(line.unitPrice)} × {line.quantity}
              </span>
            </span>
            <span className={styles.lineTotal}>{formatMoney(line.lineTotal)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
