/**
 * A list of things a customer has (orders, support tickets), one card a row, each opening its own page.
 * The row's title is the one link; its hit area covers the card, so there is one tab stop a row.
 */
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import styles from './ListRow.module.css';

/** The list; `label` names it for screen readers ("Orders, newest first"). */
export function RowList({ label, children }: { label: string; children: ReactNode }) {
  return (
    <ul className={styles.list} aria-label={label}>
      {children}
    </ul>
  );
}

/** One row's card. `className` lays out what is inside it (the gap between its lines). */
export function ListRow({
  className,
  testId,
  children,
}: {
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <li className={`${styles.row} ${className ?? ''}`} data-testid={testId}>
      {children}
    </li>
  );
}

/** The row's link, in its title; the whole card is its target. */
export function ListRowLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Link to={to} className={styles.link}>
      {children}
    </Link>
  );
}
