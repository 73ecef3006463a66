/**
 * The coupon box: a code to apply, or the applied coupon with its saving and a way to remove it. A
 * refusal says why in the shopper's terms (unknown code, expired, how much more to spend).
 */
import { ApiError, type AppliedCoupon, type CartIssue, formatMoney } from '@emporium/api';
import { type FormEvent, useId, useState } from 'react';
import styles from './Summary.module.css';

const codePattern = /^[A-Za-z0-9]{3,20}$/;

interface Props {
  coupon: AppliedCoupon | null;
  /** COUPON_NOT_APPLICABLE, when the applied coupon stopped applying (the bag changed). */
  issue: CartIssue | undefined;
  onApply: (code: string) => Promise<unknown>;
  onRemove: () => Promise<unknown>;
}

/** What to tell the shopper; the service's own message already names the code and the amounts. */
function refusal(error: ApiError, code: string): string {
  switch (error.code) {
    case 'COUPON_NOT_FOUND':
      return `We couldn’t find the coupon ${code.toUpperCase()}. Check the code and try again.`;
    case 'COUPON_EXPIRED':
      return `${code.toUpperCase()} has expired.`;
    default:
      return error.message;
  }
}

export function CouponForm({ coupon, issue, onApply, onRemove }: Props) {
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const inputId = useId();
  const errorId = useId();

  const apply = async (event: FormEvent) => {
    event.preventDefault();
    const value = code.trim();
    if (!codePattern.test(value)) {
      setError('Coupon codes are 3 to 20 letters and digits.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      await onApply(value);
      setCode('');
    } catch (cause) {
      setError(cause instanceof ApiError ? refusal(cause, value) : 'That coupon could not be applied.');
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    setError(null);
    try {
      await onRemove();
    } catch (cause) {
      setError(cause instanceof ApiError ? cause.message : 'The coupon could not be removed.');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.block} aria-labelledby={`${inputId}-heading`}>
      <h3 id={`${inputId}-heading`} className={styles.blockTitle}>
        Coupon
      </h3>
      {coupon ? (
        <div
          className={coupon.applicable ? styles.coupon : styles.couponInactive}
          data-testid="applied-coupon"
        >
          <div>
            <p className={styles.couponCode}>{coupon.code}</p>
            <p className={styles.hint}>{coupon.description}</p>
            {coupon.applicable ? (
              <p className={styles.ok}>You save {formatMoney(coupon.discount)}</p>
            ) : (
              <p className={styles.error}>{issue?.message ?? 'This coupon no longer applies to your bag.'}</p>
            )}
          </div>
          <button type="button" className={styles.link} onClick={remove} disabled={busy}>
            Remove<span className="visually-hidden"> coupon {coupon.code}</span>
          </button>
        </div>
      ) : (
        <form className={styles.inline} onSubmit={apply} noValidate>
          <label htmlFor={inputId} className="visually-hidden">
            Coupon code
          </label>
          <input
            id={inputId}
            className={styles.input}
            placeholder="Coupon code"
            autoCapitalize="characters"
            autoComplete="off"
            spellCheck={false}
            maxLength={20}
            value={code}
            aria-invalid={error !== null}
            aria-describedby={errorId}
            onChange={(event) => {
              setCode(event.target.value);
              setError(null);
            }}
            data-testid="coupon-input"
          />
          <button type="submit" className={`button-secondary ${styles.secondary}`} disabled={busy}>
            Apply<span className="visually-hidden"> coupon</span>
          </button>
        </form>
      )}
      <p id={errorId} className={styles.error} role="alert" data-testid="coupon-error">
        {error}
      </p>
    </section>
  );
}
