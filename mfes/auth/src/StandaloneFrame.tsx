import type { ReactNode } from 'react';
import styles from './StandaloneFrame.module.css';

/** A thin bar that tells a developer this is the remote on its own, not the shop's shell. */
export function StandaloneFrame({ children }: { children: ReactNode }) {
  return (
    <>
      <header className={styles.bar}>
        <span className={styles.brand}>Emporium</span>
        <span className={styles.badge}>auth · standalone</span>
      </header>
      <main className={styles.main}>{children}</main>
    </>
  );
}
