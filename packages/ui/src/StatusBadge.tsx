import styles from './StatusBadge.module.css';

/**
 * How a status reads at a glance: `brand` in progress on our side, `warning` moving or waiting on the
 * shopper, `success` done, `muted` over without result.
 */
export type StatusTone = 'brand' | 'warning' | 'success' | 'muted';

/** A status as a coloured pill; the colour only repeats what the words say. */
export function StatusBadge({ tone, label, testId }: { tone: StatusTone; label: string; testId?: string }) {
  return (
    <span className={`${styles.badge} ${styles[tone]}`} data-testid={testId}>
      {label}
    </span>
  );
}
