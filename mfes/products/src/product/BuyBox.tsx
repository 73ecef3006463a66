/**
 * The buying part of the product page: price, stock, a quantity and "Add to cart", and "Save to wishlist".
 * The outcome of adding is said next to the button (and in a toast): a link to the cart when it worked, the
 * reason when it did not.
 */
import { maxLineQuantity, type Product } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { FormAlert, PriceTag } from '@emporium/ui';
import { useEffect, useId, useState } from 'react';
import { Link } from 'react-router';
import styles from './BuyBox.module.css';
import { StockStatus } from './StockStatus.tsx';
import { addErrorMessage, useAddToCart } from './use-add-to-cart.ts';
import { useWishlist } from './use-wishlist.ts';

const cartRoute = mfe('cart').route;

export function BuyBox({ product }: { product: Product }) {
  const quantityId = useId();
  const [quantity, setQuantity] = useState(1);
  const { state, add, reset } = useAddToCart(product);
  const wishlist = useWishlist(product.id);
  const inStock = product.stock > 0;
  // A line holds at most 10, and never more than there is.
  const most = Math.max(1, Math.min(maxLineQuantity, product.stock));

  useEffect(() => setQuantity(1), [product.id]);

  return (
    <section className={styles.box} aria-label="Buy">
      <PriceTag product={product} size="large" priceTestId="product-price" />
      <p className={styles.taxes}>Inclusive of all taxes</p>
      <StockStatus stock={product.stock} />
      <form
        className={styles.actions}
        onSubmit={(event) => {
          event.preventDefault();
          void add(quantity);
        }}
      >
        {inStock && (
          <div className={styles.quantity}>
            <label htmlFor={quantityId}>Quantity</label>
            <select
              id={quantityId}
              value={quantity}
              onChange={(event) => {
                setQuantity(Number(event.target.value));
                if (state.status === 'error') reset();
              }}
              data-testid="quantity"
            >
              {Array.from({ length: most }, (_, i) => i + 1).map((n) => (
                <option key={n} value={n}>
                  {n}
                </option>
              ))}
            </select>
          </div>
        )}
        <button
          type="submit"
          className={`button-primary ${styles.add}`}
          disabled={!inStock || state.status === 'adding'}
          data-testid="add-to-cart"
        >
          {!inStock ? 'Out of stock' : state.status === 'adding' ? 'Adding…' : 'Add to cart'}
        </button>
        {wishlist.available && (
          <button
            type="button"
            className={`button-secondary ${styles.wish} ${wishlist.saved ? styles.saved : ''}`}
            aria-pressed={wishlist.saved}
            disabled={wishlist.busy}
            onClick={() => void wishlist.toggle()}
          >
            <span aria-hidden="true">{wishlist.saved ? '♥' : '♡'}</span>
            {wishlist.saved ? 'Saved to wishlist' : 'Save to wishlist'}
          </button>
        )}
      </form>
      {/* Always in the page, so screen readers announce what lands in it. */}
      <div aria-live="polite">
        {state.status === 'added' && (
          <p className={styles.added} data-testid="added-to-cart">
            <span aria-hidden="true">✓ </span>
            Added to your cart{state.inCart > state.quantity ? ` (${state.inCart} in total)` : ''}.{' '}
            <Link to={cartRoute}>View cart</Link>
          </p>
        )}
      </div>
      {state.status === 'error' && (
        <FormAlert testId="add-to-cart-error">{addErrorMessage(state.error)}</FormAlert>
      )}
      {!inStock && (
        <p className={styles.note}>
          This product is sold out for now.
          {wishlist.available ? ' Save it to your wishlist to find it later.' : ''}
        </p>
      )}
    </section>
  );
}
