import styles from './ProductPage.module.css';

/** Under ten left is worth telling the shopper; the exact stock above that is not. */
export const lowStock = 10;

export function StockStatus({ stock }: { stock: number }) {
  if (stock <= 0) return <p className={`${styles.stock} ${styles.out}`}>Out of stock</p>;
  if (stock < lowStock) return <p className={`${styles.stock} ${styles.low}`}>Only {stock} left</p>;
  return <p className={`${styles.stock} ${styles.in}`}>In stock</p>;
}
