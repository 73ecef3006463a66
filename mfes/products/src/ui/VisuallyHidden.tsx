import type { ReactNode } from 'react';
import styles from './VisuallyHidden.module.css';

/** Words for screen readers that the layout says with symbols (a struck-through MRP, a star). */
export function VisuallyHidden({ children }: { children: ReactNode }) {
  return <span className={styles.hidden}>{children}</span>;
}
