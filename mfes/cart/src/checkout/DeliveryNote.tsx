/** When the order would arrive at the chosen address, or why it can't be delivered there. */
import { formatDeliveryWindow } from '@emporium/api';
import type { Delivery } from '../summary/use-delivery.ts';
import styles from './CheckoutPage.module.css';

export function DeliveryNote({ delivery }: { delivery: Delivery }) {
  let note: { text: string; tone: 'ok' | 'bad' | 'quiet' } | null = null;
  if (delivery.status === 'loading')
    note = { text: `Checking delivery to ${delivery.pincode}…`, tone: 'quiet' };
  else if (delivery.status === 'error') {
    note = {
      text: `We couldn’t check delivery to ${delivery.pincode}: ${delivery.error.message}`,
      tone: 'bad',
    };
  } else if (delivery.status === 'ready') {
    const { quote } = delivery;
    if (!quote.serviceable || !quote.estimatedDelivery) {
      note = { text: `We don’t deliver to ${delivery.pincode} yet. Choose another address.`, tone: 'bad' };
    } else if (!quote.codAvailable) {
      note = {
        text: `Cash on delivery, the only way to pay, isn’t available at ${delivery.pincode}. Choose another address.`,
        tone: 'bad',
      };
    } else {
      note = { text: `Arrives ${formatDeliveryWindow(quote.estimatedDelivery)}`, tone: 'ok' };
    }
  }
  return (
    <p className={note ? styles[note.tone] : undefined} aria-live="polite" data-testid="delivery-note">
      {note?.text}
    </p>
  );
}
