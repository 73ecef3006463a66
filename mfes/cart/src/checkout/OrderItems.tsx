/** What is being ordered, compactly: picture, name, quantity and line total. */
import { type Cart, formatMoney } from '@emporium/api';
import { ItemLine, ItemLines } from '@emporium/ui';
import styles from './CheckoutPage.module.css';

export function OrderItems({ cart }: { cart: Cart }) {
  return (
    <ItemLines>
      {cart.items.map((item) => (
        <ItemLine key={item.productId} item={item} size="small" total={formatMoney(item.lineTotal)}>
          <span className={styles.itemName}>
            {item.name}
            <span className={styles.itemQuantity}> × {item.quantity}</span>
          </span>
        </ItemLine>
      ))}
    </ItemLines>
  );
}
