import type { ReactNode } from 'react';
import styles from './FormAlert.module.css';

/** A problem with the whole form (wrong password, too many tries), announced as it appears. */
export function FormAlert({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <div className={styles.alert} role="alert" data-testid={testId}>
      {children}
    </div>
  );
}
