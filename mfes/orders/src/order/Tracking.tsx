/**
 * Where the order is: the steps from placed to delivered (or to cancelled) with when each was reached,
 * the delivery window and courier, and the full tracking history, newest first.
 */
import { formatDeliveryWindow, type Order, type OrderStatus, type Shipment } from '@emporium/api';
import { formatDateTime, orderStatusLabel } from '../ui/format.ts';
import styles from './Tracking.module.css';
import { trackingEvents } from './tracking-events.ts';
import type { ShipmentsState } from './use-shipments.ts';

const journey: OrderStatus[] = ['placed', 'packed', 'shipped', 'out_for_delivery', 'delivered'];

/** When the order first reached each status. */
function reachedAt(order: Order): Map<OrderStatus, string> {
  const reached = new Map<OrderStatus, string>();
  for (const entry of order.timeline) if (!reached.has(entry.status)) reached.set(entry.status, entry.at);
  return reached;
}

function Steps({ order }: { order: Order }) {
  const reached = reachedAt(order);
  const steps = order.status === 'cancelled' ? (['placed', 'cancelled'] as OrderStatus[]) : journey;
  const current = steps.indexOf(order.status);
  return (
    <ol className={styles.steps} aria-label="Order progress">
      {steps.map((step, index) => {
        const done = index <= current;
        const at = reached.get(step);
        return (
          <li
            key={step}
            className={`${styles.step} ${done ? styles.done : ''} ${step === 'cancelled' ? styles.cancelled : ''}`}
            aria-current={index === current ? 'step' : undefined}
          >
            <span className={styles.dot} aria-hidden="true" />
            <span className={styles.stepLabel}>{orderStatusLabel[step]}</span>
            <span className={styles.stepTime}>
              {done && at ? formatDateTime(at) : <span className="visually-hidden">Not yet</span>}
            </span>
          </li>
        );
      })}
    </ol>
  );
}

function Courier({ order, shipment }: { order: Order; shipment: Shipment }) {
  const open = order.status !== 'delivered' && order.status !== 'cancelled';
  return (
    <div className={styles.courier}>
      {open && (
        <p className={styles.eta} data-testid="delivery-estimate">
          Arriving <strong>{formatDeliveryWindow(shipment.estimatedDelivery)}</strong>
        </p>
      )}
      <p className={styles.carrier}>
        {shipment.carrier} · Tracking number <span className={styles.mono}>{shipment.trackingNumber}</span>
      </p>
    </div>
  );
}

export function Tracking({ order, shipments }: { order: Order; shipments: ShipmentsState }) {
  const events = trackingEvents(order, shipments.shipments);
  const shipment = shipments.shipments?.[0];
  return (
    <section className={styles.tracking} aria-labelledby="tracking-heading" data-testid="tracking">
      <h2 id="tracking-heading" className={styles.heading}>
        Tracking
      </h2>
      <Steps order={order} />
      {shipment && <Courier order={order} shipment={shipment} />}
      {shipments.status === 'error' && (
        <p className={styles.note}>
          Courier details can’t be loaded right now; the order’s own updates are below.
        </p>
      )}
      {shipments.status === 'ready' && !shipment && order.status !== 'cancelled' && (
        <p className={styles.note}>The courier is being booked; tracking details appear here once it is.</p>
      )}
      <h3 id="tracking-history-heading" className={styles.subheading}>
        History
      </h3>
      <ol
        className={styles.history}
        aria-labelledby="tracking-history-heading"
        data-testid="tracking-history"
      >
        {events.map((event) => (
          <li key={event.key} className={styles.event}>
            <p className={styles.eventTitle}>{event.title}</p>
            <p className={styles.eventMeta}>
              <time dateTime={event.at}>{formatDateTime(event.at)}</time>
              {event.location && ` · ${event.location}`}
            </p>
            {event.note && <p className={styles.eventNote}>{event.note}</p>}
          </li>
        ))}
      </ol>
    </section>
  );
}
