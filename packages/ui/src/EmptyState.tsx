import { type ReactNode, useId } from 'react';
import styles from './EmptyState.module.css';

type Level = 1 | 2 | 3;

/**
 * A panel in place of content there is none of yet (no orders, an empty bag) or that cannot be shown,
 * saying why and what to do instead. `level` is its heading's rank in the page: 1 when it is the whole
 * page, 2 for a page's list, 3 for one section's; the panel is the smaller the lower it sits.
 */
export function EmptyState({
  heading,
  level = 2,
  art,
  children,
  actions,
  framed = true,
  testId,
}: {
  heading: string;
  level?: Level;
  /** A decorative picture above the heading (an `aria-hidden` svg). */
  art?: ReactNode;
  /** What the panel says, as one paragraph. */
  children: ReactNode;
  /** The way forward: the first is a primary button (`emptyStateStyles.primary`), any others quiet. */
  actions?: ReactNode;
  /** On a panel of its own (the default), or straight on the page where the page is nothing else. */
  framed?: boolean;
  testId?: string;
}) {
  // Named by its heading, the section is a region landmark screen readers can jump to.
  const headingId = useId();
  const Heading = headings[level];
  return (
    <section
      className={`${styles.panel} ${framed ? styles.framed : ''} ${level === 3 ? styles.inSection : ''}`}
      aria-labelledby={headingId}
      data-testid={testId}
    >
      {art}
      <Heading id={headingId}>{heading}</Heading>
      <p>{children}</p>
      {actions && <div className={styles.actions}>{actions}</div>}
    </section>
  );
}

const headings = { 1: 'h1', 2: 'h2', 3: 'h3' } as const;

/**
 * Classes for the panel's actions: the primary button; a small quiet link for a second way beside it; a
 * link as the only way on, in the text's size.
 */
export const emptyStateStyles = {
  primary: `button-primary ${styles.primary}`,
  secondary: `${styles.link} ${styles.secondary}`,
  link: styles.link,
};
