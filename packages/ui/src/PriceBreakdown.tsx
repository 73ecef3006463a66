import type { ReactNode } from 'react';
import styles from './PriceBreakdown.module.css';

/**
 * What an amount is made of (subtotal, discount, delivery, total): a description list, one label and
 * value a row. `className` places it (a rule above it in the bag's summary).
 */
export function PriceBreakdown({
  className,
  testId,
  children,
}: {
  className?: string;
  testId?: string;
  /** `PriceRow`s. */
  children: ReactNode;
}) {
  return (
    <dl className={`${styles.breakdown} ${className ?? ''}`} data-testid={testId}>
      {children}
    </dl>
  );
}

/** A saving reads green; the grand total stands out under a rule. */
type Tone = 'plain' | 'saving' | 'grand';

export function PriceRow({
  label,
  tone = 'plain',
  testId,
  children,
}: {
  label: ReactNode;
  tone?: Tone;
  /** On the value. */
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={styles[tone]}>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </div>
  );
}
