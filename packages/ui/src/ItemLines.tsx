/**
 * What an order is made of, compactly (checkout's review, an order's page): a picture, what the line is
 * and its total, one row a product.
 */
import type { ReactNode } from 'react';
import styles from './ItemLines.module.css';
import { Thumbnail } from './Thumbnail.tsx';

export function ItemLines({ children }: { children: ReactNode }) {
  return <ul className={styles.list}>{children}</ul>;
}

export function ItemLine({
  item,
  size,
  total,
  testId,
  children,
}: {
  item: { productId: string; image: string | null; name: string };
  /** The picture's width: `small` where the lines are a side note, `medium` where they are the subject. */
  size: 'small' | 'medium';
  /** The line's total, at its end. */
  total: ReactNode;
  testId?: string;
  /** What the line is: name, price and quantity. */
  children: ReactNode;
}) {
  return (
    <li className={`${styles.line} ${styles[size]}`} data-testid={testId}>
      <span className={styles.thumb}>
        <Thumbnail productId={item.productId} image={item.image} name={item.name} />
      </span>
      {children}
      <span className={styles.total}>{total}</span>
    </li>
  );
}
