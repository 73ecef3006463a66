/** What is being ordered, compactly: picture, name, quantity and line total. */
import { type Cart, formatMoney } from '@emporium/api';
import { Thumbnail } from '@emporium/ui';
import styles from './CheckoutPage.module.css';

export function OrderItems({ cart }: { cart: Cart }) {
  return (
    <ul className={styles.items}>
      {cart.items.map((item) => (
        <li key={item.productId} className={styles.item}>
          <span className={styles.itemThumb}>
            <Thumbnail productId={item.productId} image={item.image} name={item.name} />
          </span>
          <span className={styles.itemName}>
            {item.name}
            <span className={styles.itemQuantity}> × {item.quantity}</span>
          </span>
          <span className={styles.itemTotal}>{formatMoney(item.lineTotal)}</span>
        </li>
      ))}
    </ul>
  );
}
