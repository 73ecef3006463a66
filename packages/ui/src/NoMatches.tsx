import type { ReactNode } from 'react';
import styles from './NoMatches.module.css';

/**
 * A search or filter found nothing: a dashed panel (the results' place, empty) with a heading, what to
 * try instead and any links. `art` is an optional decorative picture above the heading.
 */
export function NoMatches({
  heading,
  art,
  children,
  testId,
}: {
  heading: string;
  art?: ReactNode;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div className={styles.panel} data-testid={testId}>
      {art}
      <h2>{heading}</h2>
      {children}
    </div>
  );
}
