/** What was ordered: each line with its picture, price, quantity and total, linking to the product. */
import { formatMoney, type Order } from '@emporium/api';
import { ItemLine, ItemLines } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './OrderPage.module.css';

export function OrderLines({ order }: { order: Order }) {
  return (
    <section className={styles.card} aria-labelledby="items-heading">
      <h2 id="items-heading" className={styles.cardTitle}>
        Items
      </h2>
      <ItemLines>
        {order.lines.map((line) => (
          <ItemLine
            key={line.productId}
            item={line}
            size="medium"
            total={formatMoney(line.lineTotal)}
            testId="order-line"
          >
            <span className={styles.lineBody}>
              <Link to={paths.product(line.productId)} className={styles.lineName}>
                {line.name}
              </Link>
              <span className={styles.lineMeta}>
                {formatMoney(line.unitPrice)} × {line.quantity}
              </span>
            </span>
          </ItemLine>
        ))}
      </ItemLines>
    </section>
  );
}
