/**
 * Cancelling: offered only while the order is cancellable (placed or packed), always behind a
 * confirmation (a modal dialog: focus moves in, Escape or "Keep order" closes it). If the order shipped
 * meanwhile, the service's refusal is shown and the order re-read. Otherwise the page says why it can't be
 * cancelled and where to get help.
 */
import { type ApiError, type Order, ordersApi, toApiError } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { useId, useRef, useState } from 'react';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './OrderPage.module.css';

const reasons = [
  'I changed my mind',
  'I ordered by mistake',
  'I found a better price',
  'Delivery takes too long',
  'I want to change the address',
];

interface Props {
  order: Order;
  onCancelled: (order: Order) => void;
  onStale: () => void;
}

export function CancelOrder({ order, onCancelled, onStale }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const id = useId();

  if (order.status === 'cancelled') return null;
  if (!order.cancellable) {
    return (
      <p className={styles.cannotCancel} data-testid="not-cancellable">
        This order has {order.status === 'delivered' ? 'been delivered' : 'shipped'}, so it can no longer be
        cancelled. Need help with it? <Link to={paths.contactSupport(order.id)}>Contact support</Link>
      </p>
    );
  }

  const open = () => {
    setError(null);
    dialog.current?.showModal();
  };
  const close = () => {
    dialog.current?.close();
    opener.current?.focus();
  };

  const confirm = async () => {
    setBusy(true);
    setError(null);
    try {
      const cancelled = await ordersApi.cancelOrder(order.id, reason || undefined);
      dialog.current?.close();
      shopStore.getState().pushToast({ kind: 'success', message: `Order ${order.number} is cancelled.` });
      onCancelled(cancelled);
    } catch (cause) {
      const failure = toApiError(cause);
      setError(failure);
      // It shipped while the shopper looked at it: say so and show the order as it is now.
      if (failure.code === 'ORDER_NOT_CANCELLABLE') {
        dialog.current?.close();
        shopStore.getState().pushToast({ kind: 'error', message: failure.message });
        onStale();
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      <button ref={opener} type="button" className={styles.cancel} onClick={open} data-testid="cancel-order">
        Cancel order
      </button>
      <dialog
        ref={dialog}
        className={styles.dialog}
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-text`}
        onClose={() => opener.current?.focus()}
      >
        <h2 id={`${id}-title`} className={styles.dialogTitle}>
          Cancel order {order.number}?
        </h2>
        <p id={`${id}-text`} className={styles.dialogText}>
          The items go back on sale. You pay nothing: this order was cash on delivery.
        </p>
        <label className={styles.reason} htmlFor={`${id}-reason`}>
          Reason <span className={styles.optional}>(optional)</span>
          <select id={`${id}-reason`} value={reason} onChange={(event) => setReason(event.target.value)}>
            <option value="">Choose a reason</option>
            {reasons.map((text) => (
              <option key={text} value={text}>
                {text}
              </option>
            ))}
          </select>
        </label>
        {error && (
          <p className={styles.dialogError} role="alert" data-testid="cancel-error">
            {error.message}
          </p>
        )}
        <div className={styles.dialogActions}>
          {/* biome-ignore lint/a11y/noAutofocus: the safe choice takes focus when the dialog opens */}
          <button type="button" className={styles.keep} onClick={close} autoFocus>
            Keep order
          </button>
          <button
            type="button"
            className={styles.confirm}
            onClick={confirm}
            disabled={busy}
            data-testid="confirm-cancel"
          >
            {busy ? 'Cancelling…' : 'Cancel order'}
          </button>
        </div>
      </dialog>
    </>
  );
}
