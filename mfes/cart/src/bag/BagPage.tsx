/**
 * The bag: its lines on the left; coupon, delivery check, totals and checkout on the right (below on a
 * phone). Every change answers with the whole cart, which replaces what is on screen.
 */
import { type ApiError, type Cart, cartApi, formatMoney, toApiError } from '@emporium/api';
import { ErrorAlert, Loading } from '@emporium/ui';
import { useRef, useState } from 'react';
import { CheckoutButton } from '../summary/CheckoutButton.tsx';
import { CouponForm } from '../summary/CouponForm.tsx';
import { PincodeCheck } from '../summary/PincodeCheck.tsx';
import { rememberedPincode, rememberPincode } from '../summary/pincode-memory.ts';
import summaryStyles from '../summary/Summary.module.css';
import { Totals } from '../summary/Totals.tsx';
import { useDelivery } from '../summary/use-delivery.ts';
import styles from './BagPage.module.css';
import { CartLine } from './CartLine.tsx';
import { CartNotices } from './CartNotices.tsx';
import { EmptyBag } from './EmptyBag.tsx';
import { useCart } from './use-cart.ts';

const lineIssueCodes = new Set([
  'PRICE_CHANGED',
  'OUT_OF_STOCK',
  'INSUFFICIENT_STOCK',
  'PRODUCT_UNAVAILABLE',
]);

export function BagPage() {
  const { state, reload, change } = useCart();
  const [busy, setBusy] = useState<ReadonlySet<string>>(new Set());
  const [lineErrors, setLineErrors] = useState<ReadonlyMap<string, ApiError>>(new Map());
  const [announcement, setAnnouncement] = useState('');
  const [pincode, setPincode] = useState<string | null>(rememberedPincode);
  const heading = useRef<HTMLHeadingElement>(null);

  const cart = state.cart;
  const bagVersion = cart ? `${cart.itemCount}:${cart.totals.total.amount}:${cart.coupon?.code ?? ''}` : '';
  const delivery = useDelivery(cart && cart.items.length > 0 ? pincode : null, bagVersion);

  const announce = (updated: Cart, what: string) =>
    setAnnouncement(`${what}. Bag total ${formatMoney(updated.totals.total)}.`);

  /** A change to one line: marked busy meanwhile; a refusal shows on the line. */
  const changeLine = async (productId: string, call: () => Promise<Cart>, what: string) => {
    setBusy((current) => new Set(current).add(productId));
    setLineErrors((current) => {
      const next = new Map(current);
      next.delete(productId);
      return next;
    });
    try {
      announce(await change(call), what);
      return true;
    } catch (error) {
      setLineErrors((current) => new Map(current).set(productId, toApiError(error)));
      return false;
    } finally {
      setBusy((current) => {
        const next = new Set(current);
        next.delete(productId);
        return next;
      });
    }
  };

  const remove = async (productId: string, name: string) => {
    // The line and its button go away: focus moves to the heading so keyboard users stay on the page.
    if (await changeLine(productId, () => cartApi.removeItem(productId), `Removed ${name}`))
      heading.current?.focus();
  };

  if (state.status === 'loading') {
    return <Loading>Loading your bag…</Loading>;
  }
  if (state.status === 'error') {
    return <ErrorAlert title="We couldn’t load your bag" error={state.error} onRetry={reload} />;
  }

  const { items } = state.cart;
  const count = state.cart.itemCount;
  return (
    <div className={styles.page}>
      <title>Your bag · Emporium</title>
      <header className={styles.header}>
        <h1 ref={heading} tabIndex={-1} className={styles.title}>
          Your bag
        </h1>
        {count > 0 && (
          <p className={styles.count} data-testid="bag-count">
            {count === 1 ? '1 item' : `${count} items`}
          </p>
        )}
      </header>
      <p className="visually-hidden" aria-live="polite">
        {announcement}
      </p>
      {items.length === 0 ? (
        <EmptyBag />
      ) : (
        <>
          <CartNotices
            issues={state.cart.issues.filter(
              (issue) => !lineIssueCodes.has(issue.code) && issue.code !== 'COUPON_NOT_APPLICABLE',
            )}
          />
          <div className={styles.layout}>
            <ul className={styles.lines} aria-label="Items in your bag">
              {items.map((item) => (
                <CartLine
                  key={item.productId}
                  item={item}
                  issues={state.cart.issues.filter(
                    (issue) => issue.productId === item.productId && lineIssueCodes.has(issue.code),
                  )}
                  busy={busy.has(item.productId)}
                  error={lineErrors.get(item.productId) ?? null}
                  onQuantity={(quantity) =>
                    void changeLine(
                      item.productId,
                      () => cartApi.updateQuantity(item.productId, quantity),
                      `${item.name}: quantity ${quantity}`,
                    )
                  }
                  onRemove={() => void remove(item.productId, item.name)}
                />
              ))}
            </ul>
            <aside className={summaryStyles.summary} aria-labelledby="summary-heading">
              <h2 id="summary-heading" className={summaryStyles.title}>
                Order summary
              </h2>
              <CouponForm
                coupon={state.cart.coupon}
                issue={state.cart.issues.find((issue) => issue.code === 'COUPON_NOT_APPLICABLE')}
                onApply={async (code) => {
                  announce(
                    await change(() => cartApi.applyCoupon(code)),
                    `Coupon ${code.toUpperCase()} applied`,
                  );
                }}
                onRemove={async () => {
                  announce(await change(() => cartApi.removeCoupon()), 'Coupon removed');
                }}
              />
              <PincodeCheck
                pincode={pincode}
                delivery={delivery}
                onCheck={(value) => {
                  rememberPincode(value);
                  setPincode(value);
                }}
              />
              <Totals cart={state.cart} delivery={delivery} />
              <CheckoutButton cart={state.cart} />
            </aside>
          </div>
        </>
      )}
    </div>
  );
}
