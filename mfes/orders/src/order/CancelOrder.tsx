/**
 * Cancelling: offered only while the order is cancellable (placed or packed), always behind a
 * confirmation (a modal dialog: focus moves in, Escape or "Keep order" closes it). If the order shipped
 * meanwhile, the service's refusal is shown and the order re-read. Otherwise the page says why it can't be
 * cancelled and where to get help.
 */
import { type Order, ordersApi, toApiError } from '@emporium/api';
import { shopStore } from '@emporium/store';
import { ConfirmDialog } from '@emporium/ui';
import { type RefObject, useId, useState } from 'react';
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
  /** Where focus goes once the dialog is done, since the cancel button goes with the change. */
  focusAfter: RefObject<HTMLElement | null>;
}

export function CancelOrder({ order, onCancelled, onStale, focusAfter }: Props) {
  const [reason, setReason] = useState('');
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

  // Resolves to the cancelled order, or to null when it shipped while the shopper looked at it.
  const cancel = async (): Promise<Order | null> => {
    try {
      return await ordersApi.cancelOrder(order.id, reason || undefined);
    } catch (cause) {
      const failure = toApiError(cause);
      if (failure.code === 'ORDER_NOT_CANCELLABLE') {
        shopStore.getState().pushToast({ kind: 'error', message: failure.message });
        return null;
      }
      throw failure;
    }
  };

  return (
    <ConfirmDialog
      opener={{ label: 'Cancel order', className: styles.cancel, testId: 'cancel-order' }}
      title={`Cancel order ${order.number}?`}
      description="The items go back on sale. You pay nothing: this order was cash on delivery."
      keepLabel="Keep order"
      confirmLabel="Cancel order"
      busyLabel="Cancelling…"
      tone="danger"
      onConfirm={cancel}
      onConfirmed={(cancelled) => {
        if (cancelled) {
          shopStore.getState().pushToast({ kind: 'success', message: `Order ${order.number} is cancelled.` });
          onCancelled(cancelled);
        } else {
          onStale(); // it shipped meanwhile (the toast said so): show the order as it is now
        }
      }}
      focusAfterConfirm={focusAfter}
      confirmTestId="confirm-cancel"
      errorTestId="cancel-error"
    >
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
    </ConfirmDialog>
  );
}
