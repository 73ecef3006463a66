import styles from './SoldOutBadge.module.css';

/** "Out of stock" over a product's picture; its parent must be positioned. */
export function SoldOutBadge() {
  return <span className={styles.badge}>Out of stock</span>;
}
