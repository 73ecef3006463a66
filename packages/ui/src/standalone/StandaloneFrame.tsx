import type { ReactNode } from 'react';
import styles from './StandaloneFrame.module.css';

/** A thin bar that tells a developer this is one remote on its own, not the shop's shell. */
export function StandaloneFrame({ name, children }: { name: string; children: ReactNode }) {
  return (
    <>
      <header className={styles.bar}>
        <span className={styles.brand}>Emporium</span>
        <span className={styles.badge}>{name} · standalone</span>
      </header>
      <main className={styles.main}>{children}</main>
    </>
  );
}
