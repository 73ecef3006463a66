/**
 * "Deliver to": a pincode form and what it tells the shopper: the place, the delivery window, the fee
 * and whether cash on delivery (the only way to pay) is possible there.
 */
import { formatDeliveryWindow, formatMoney, pincodePattern } from '@emporium/api';
import { type FormEvent, useEffect, useId, useState } from 'react';
import styles from './Summary.module.css';
import type { Delivery } from './use-delivery.ts';

interface Props {
  pincode: string | null;
  delivery: Delivery;
  onCheck: (pincode: string) => void;
}

export function PincodeCheck({ pincode, delivery, onCheck }: Props) {
  const [draft, setDraft] = useState(pincode ?? '');
  const [invalid, setInvalid] = useState(false);
  const inputId = useId();
  const messageId = useId();

  useEffect(() => {
    if (pincode) setDraft(pincode);
  }, [pincode]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const value = draft.trim();
    const ok = pincodePattern.test(value);
    setInvalid(!ok);
    if (ok) onCheck(value);
  };

  return (
    <section className={styles.block} aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className={styles.blockTitle}>
        Delivery
      </h3>
      <form className={styles.inline} onSubmit={submit} noValidate>
        <label htmlFor={inputId} className="visually-hidden">
          Pincode
        </label>
        <input
          id={inputId}
          className={styles.input}
          inputMode="numeric"
          autoComplete="postal-code"
          placeholder="Enter pincode"
          maxLength={6}
          value={draft}
          aria-invalid={invalid}
          aria-describedby={messageId}
          onChange={(event) => setDraft(event.target.value.replace(/\D/g, ''))}
          data-testid="pincode-input"
        />
        <button
          type="submit"
          className={`button-secondary ${styles.secondary}`}
          disabled={delivery.status === 'loading'}
        >
          Check<span className="visually-hidden"> delivery</span>
        </button>
      </form>
      <div id={messageId} aria-live="polite" data-testid="delivery-result">
        {invalid ? (
          <p className={styles.error}>A pincode is 6 digits and doesn’t start with 0.</p>
        ) : (
          <DeliveryResult delivery={delivery} />
        )}
      </div>
    </section>
  );
}

function DeliveryResult({ delivery }: { delivery: Delivery }) {
  switch (delivery.status) {
    case 'idle':
      return <p className={styles.hint}>Check when your order would arrive and what delivery costs.</p>;
    case 'loading':
      return <p className={styles.hint}>Checking {delivery.pincode}…</p>;
    case 'error':
      return (
        <p className={styles.error}>
          We couldn’t check {delivery.pincode}: {delivery.error.message}
        </p>
      );
    case 'ready': {
      const { place, quote } = delivery;
      const where = [place.area, place.city, place.state].filter(Boolean).join(', ');
      if (!place.serviceable || !quote.serviceable || !quote.estimatedDelivery) {
        return (
          <p className={styles.error}>
            We don’t deliver to {place.pincode}
            {where ? ` (${where})` : ''} yet.
          </p>
        );
      }
      const fee = quote.totals.shipping;
      return (
        <div className={styles.delivery}>
          <p className={styles.place}>
            To <strong>{where || place.pincode}</strong> · {place.pincode}
          </p>
          <p className={styles.eta}>
            Delivery by <strong>{formatDeliveryWindow(quote.estimatedDelivery)}</strong>
          </p>
          <p>
            {fee && fee.amount > 0 ? (
              <>Delivery charge {formatMoney(fee)}</>
            ) : (
              <span className={styles.free}>Free delivery</span>
            )}
          </p>
          <p className={quote.codAvailable ? styles.ok : styles.error}>
            {quote.codAvailable ? 'Cash on delivery available' : 'Cash on delivery is not available here'}
          </p>
        </div>
      );
    }
  }
}
