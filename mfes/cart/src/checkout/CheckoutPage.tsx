/**
 * Checkout, for signed-in customers (a guest goes to sign in and comes back): where to deliver, how to pay
 * (cash on delivery), what is being ordered, and "Place order", which places it once however often it is
 * pressed or retried. Success opens the order's page.
 */
import { accountApi, type CheckoutRequest, formatMoney } from '@emporium/api';
import { shopStore, useSession, useSessionResolved } from '@emporium/store';
import { ErrorAlert, Loading } from '@emporium/ui';
import { type FormEvent, useEffect, useMemo, useState } from 'react';
import { Link, Navigate, useNavigate } from 'react-router';
import { useCart } from '../bag/use-cart.ts';
import { paths } from '../paths.ts';
import { rememberedPincode } from '../summary/pincode-memory.ts';
import summaryStyles from '../summary/Summary.module.css';
import { Totals } from '../summary/Totals.tsx';
import { useDelivery } from '../summary/use-delivery.ts';
import { AddressChoice, newAddress } from './AddressChoice.tsx';
import { emptyDraft, toShippingAddress, validate } from './address-fields.ts';
import styles from './CheckoutPage.module.css';
import { DeliveryNote } from './DeliveryNote.tsx';
import { OrderItems } from './OrderItems.tsx';
import { PlaceOrderError } from './PlaceOrderError.tsx';
import { useAddresses } from './use-addresses.ts';
import { usePlaceOrder } from './use-place-order.ts';

const returnHere = paths.login(paths.checkout);

export function CheckoutPage() {
  const session = useSession();
  const resolved = useSessionResolved();
  if (!resolved) {
    return <Loading>Loading checkout…</Loading>;
  }
  if (session?.type !== 'customer') return <Navigate to={returnHere} replace />;
  return <Checkout name={session.user.name} phone={session.user.phone ?? ''} />;
}

function Checkout({ name, phone }: { name: string; phone: string }) {
  const navigate = useNavigate();
  const { state: cartState, reload: reloadCart } = useCart();
  const addresses = useAddresses();
  const [choice, setChoice] = useState<string | null>(null);
  const [draft, setDraft] = useState(() => ({ ...emptyDraft(rememberedPincode() ?? ''), name, phone }));
  const [showErrors, setShowErrors] = useState(false);
  const [saveAddress, setSaveAddress] = useState(true);
  const { state: placing, placeOrder } = usePlaceOrder();

  // The default address (listed first) is chosen for the shopper; with none saved, a new one.
  useEffect(() => {
    if (choice === null && addresses.status === 'ready') setChoice(addresses.addresses[0]?.id ?? newAddress);
  }, [addresses, choice]);

  const errors = useMemo(() => validate(draft), [draft]);
  const saved = addresses.addresses?.find((address) => address.id === choice);
  const shippingAddress = saved
    ? toShippingAddress(saved)
    : choice === newAddress && !errors.pincode
      ? toShippingAddress(draft)
      : null;

  const cart = cartState.cart;
  const bagVersion = cart ? `${cart.itemCount}:${cart.totals.total.amount}:${cart.coupon?.code ?? ''}` : '';
  const delivery = useDelivery(
    cart && cart.items.length > 0 ? (shippingAddress?.pincode ?? null) : null,
    bagVersion,
  );
  const quote = delivery.status === 'ready' ? delivery.quote : null;
  const undeliverable = quote !== null && !quote.serviceable;
  const noCod = quote?.serviceable === true && !quote.codAvailable;

  const place = async () => {
    if (!cart || !shippingAddress || undeliverable || noCod) return;
    if (choice === newAddress && Object.keys(errors).length > 0) {
      setShowErrors(true);
      // The first field to fix gets focus, so a keyboard or screen-reader user lands on it.
      document.querySelector<HTMLInputElement>('[data-testid="address-form"] [aria-invalid="true"]')?.focus();
      return;
    }
    const request: CheckoutRequest = { shippingAddress, paymentMethod: 'cod' };
    let result: Awaited<ReturnType<typeof placeOrder>>;
    try {
      result = await placeOrder(request);
    } catch {
      return; // shown by PlaceOrderError
    }
    if (choice === newAddress && saveAddress) {
      // Best effort: the order is placed whatever happens to the address book.
      await accountApi.addAddress(shippingAddress).catch(() => undefined);
    }
    shopStore.getState().pushToast({
      kind: 'success',
      message: `Order ${result.order.number} placed. Pay ${formatMoney(quote?.totals.total ?? cart.totals.total)} in cash on delivery.`,
    });
    navigate(paths.order(result.order.id), { replace: true });
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    void place();
  };

  if (cartState.status === 'loading' || addresses.status === 'loading') {
    return <Loading>Loading checkout…</Loading>;
  }
  if (cartState.status === 'error') {
    return <ErrorAlert title="We couldn’t load your bag" error={cartState.error} onRetry={reloadCart} />;
  }
  if (cartState.cart.items.length === 0 && placing.status !== 'placed') {
    return (
      <section className={styles.emptyCheckout}>
        <h1>Nothing to check out</h1>
        <p>Your bag is empty.</p>
        <Link to={paths.products}>Continue shopping</Link>
      </section>
    );
  }

  const busy = placing.status === 'placing' || placing.status === 'placed';
  return (
    <form className={styles.page} onSubmit={submit} noValidate aria-busy={busy}>
      <title>Checkout · Emporium</title>
      <div className={styles.heading}>
        <h1 className={styles.title}>Checkout</h1>
        <Link to=".." className={styles.back}>
          Back to bag
        </Link>
      </div>
      <div className={styles.layout}>
        <div className={styles.steps}>
          <section className={styles.card} aria-labelledby="address-heading">
            <h2 id="address-heading" className={styles.step}>
              <span aria-hidden="true">1</span> Delivery address
            </h2>
            {addresses.status === 'error' ? (
              <ErrorAlert
                title="We couldn’t load your saved addresses"
                error={addresses.error}
                onRetry={addresses.reload}
              />
            ) : null}
            <AddressChoice
              addresses={addresses.addresses ?? []}
              choice={choice ?? newAddress}
              onChoose={setChoice}
              draft={draft}
              errors={errors}
              showErrors={showErrors}
              onDraft={setDraft}
              save={saveAddress}
              onSave={setSaveAddress}
            />
            <DeliveryNote delivery={delivery} />
          </section>
          <section className={styles.card} aria-labelledby="payment-heading">
            <h2 id="payment-heading" className={styles.step}>
              <span aria-hidden="true">2</span> Payment
            </h2>
            <fieldset className={styles.choices}>
              <legend className="visually-hidden">Payment method</legend>
              <label className={styles.choice}>
                <input type="radio" name="payment" value="cod" checked readOnly />
                <span className={styles.choiceBody}>
                  <span className={styles.choiceName}>Cash on delivery</span>
                  <span className={styles.choiceText}>
                    Pay in cash when your order arrives. Nothing is charged online.
                  </span>
                </span>
              </label>
            </fieldset>
          </section>
          <section className={styles.card} aria-labelledby="items-heading">
            <h2 id="items-heading" className={styles.step}>
              <span aria-hidden="true">3</span> Items
            </h2>
            <OrderItems cart={cartState.cart} />
          </section>
        </div>
        <aside className={summaryStyles.summary} aria-labelledby="checkout-summary-heading">
          <h2 id="checkout-summary-heading" className={summaryStyles.title}>
            Order summary
          </h2>
          <Totals cart={cartState.cart} delivery={delivery} />
          <button
            type="submit"
            className={`button-primary ${summaryStyles.checkout}`}
            disabled={busy || !shippingAddress || undeliverable || noCod}
            data-testid="place-order"
          >
            {busy ? 'Placing your order…' : 'Place order'}
          </button>
          {placing.status === 'failed' && (
            <PlaceOrderError error={placing.error} onRetry={() => void place()} />
          )}
          <p className={summaryStyles.hint}>By placing the order you agree to pay the total on delivery.</p>
        </aside>
      </div>
    </form>
  );
}
