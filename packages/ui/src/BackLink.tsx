import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './BackLink.module.css';

/** Above a page's heading: the one step back up (to the list this page is one of), as a breadcrumb. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
      <Link to={to}>{children}</Link>
    </nav>
  );
}
