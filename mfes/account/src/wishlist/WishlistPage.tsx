/**
 * The wishlist: saved products with their current price and stock, to move into the bag or remove.
 * Products the catalog no longer sells are counted, not shown, with a way to clear them.
 */
import { toApiError } from '@emporium/api';
import { ErrorAlert } from '@emporium/ui';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { announce } from '../ui/announce.ts';
import sectionStyles from '../ui/Section.module.css';
import { SectionHeader } from '../ui/SectionHeader.tsx';
import { EmptyWishlist } from './EmptyWishlist.tsx';
import { useWishlist } from './use-wishlist.ts';
import { WishlistCard } from './WishlistCard.tsx';
import styles from './WishlistPage.module.css';

export function WishlistPage() {
  const wishlist = useWishlist();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<ReadonlyMap<string, string>>(new Map());
  const [missingError, setMissingError] = useState<string | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);

  /** One product's change: busy meanwhile; a refusal shows on its card; success moves focus to the heading. */
  const act = async (productId: string, call: () => Promise<void>, done: string) => {
    setBusy((current) => new Set(current).add(productId));
    setErrors((current) => {
      const next = new Map(current);
      next.delete(productId);
      return next;
    });
    try {
      await call();
      announce(done);
      // The card and its buttons are gone.
      requestAnimationFrame(() => heading.current?.focus());
    } catch (caught) {
      setErrors((current) => new Map(current).set(productId, toApiError(caught).message));
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(productId);
        return next;
      });
    }
  };

  const { items, missing } = wishlist;
  const count = items?.length ?? 0;
  return (
    <section
      className={sectionStyles.section}
      aria-labelledby="wishlist-title"
      data-testid="account-wishlist"
    >
      <title>Your wishlist · Emporium</title>
      <SectionHeader
        id="wishlist-title"
        title="Wishlist"
        headingRef={heading}
        description={
          items && count > 0
            ? `${count === 1 ? '1 saved product' : `${count} saved products`}, at today’s prices.`
            : undefined
        }
        action={
          count > 0 && (
            <Link to={paths.bag} className={styles.toBag}>
              Go to your bag
            </Link>
          )
        }
      />
      {!items && wishlist.status === 'error' && wishlist.error && (
        <ErrorAlert title="We couldn’t load your wishlist" error={wishlist.error} onRetry={wishlist.reload} />
      )}
      {!items && wishlist.status === 'loading' && (
        <p className={sectionStyles.loading} role="status">
          Loading your wishlist…
        </p>
      )}
      {missing.length > 0 && (
        <div className={styles.missing} data-testid="wishlist-missing">
          <p>
            {missing.length === 1
              ? '1 saved product is no longer sold.'
              : `${missing.length} saved products are no longer sold.`}
          </p>
          <button
            type="button"
            className={sectionStyles.textButton}
            onClick={async () => {
              setMissingError(null);
              try {
                await wishlist.clearMissing(missing);
                announce('Removed products that are no longer sold.');
              } catch (caught) {
                setMissingError(toApiError(caught).message);
              }
            }}
          >
            Remove {missing.length === 1 ? 'it' : 'them'}
          </button>
          {missingError && (
            <p className={sectionStyles.error} role="alert">
              {missingError}
            </p>
          )}
        </div>
      )}
      {items && count === 0 && <EmptyWishlist />}
      {items && count > 0 && (
        <ul className={styles.grid} aria-label="Saved products">
          {items.map(({ productId, addedAt, product }) => (
            <WishlistCard
              key={productId}
              product={product}
              addedAt={addedAt}
              busy={busy.has(productId)}
              error={errors.get(productId) ?? null}
              onMove={() =>
                void act(productId, () => wishlist.moveToBag(productId), `Moved ${product.name} to your bag.`)
              }
              onRemove={() =>
                void act(
                  productId,
                  () => wishlist.remove(productId),
                  `Removed ${product.name} from your wishlist.`,
                )
              }
            />
          ))}
        </ul>
      )}
    </section>
  );
}
