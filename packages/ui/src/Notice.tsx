import { type ReactNode, useId } from 'react';
import styles from './Notice.module.css';

/**
 * A page-sized panel that explains why there is nothing to show here and what to do instead (sign in,
 * go elsewhere): the first action is the primary button, any further ones are quiet links.
 */
export function Notice({
  title,
  heading,
  children,
  actions,
  testId,
}: {
  /** The document title while the notice shows. */
  title: string;
  heading: string;
  children: ReactNode;
  actions: ReactNode;
  testId?: string;
}) {
  // Named by its heading, the section is a region landmark screen readers can jump to.
  const headingId = useId();
  return (
    <section className={styles.prompt} aria-labelledby={headingId} data-testid={testId}>
      <title>{`${title} · Emporium`}</title>
      <h1 id={headingId}>{heading}</h1>
      <p>{children}</p>
      <div className={styles.actions}>{actions}</div>
    </section>
  );
}

export const noticeStyles = { primary: `button-primary ${styles.cta}`, secondary: styles.secondary };
