import type { ReactNode } from 'react';
import styles from './Loading.module.css';

/** A quiet line in place of what is loading; a status, so screen readers announce it. */
export function Loading({ children }: { children: ReactNode }) {
  return (
    <p className={styles.loading} role="status">
      {children}
    </p>
  );
}
