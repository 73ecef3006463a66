import type { ReactNode, Ref } from 'react';
import styles from './PageHeader.module.css';

interface Props {
  /** The page's h1. */
  title: ReactNode;
  titleId?: string;
  titleTestId?: string;
  /** For moving focus to the heading when what had focus went away (after cancelling, closing). */
  headingRef?: Ref<HTMLHeadingElement>;
  /** Under the title: a line of facts or a lead (the caller's own paragraph). */
  details?: ReactNode;
  /** Beside the title, at the end of the row: a status, buttons. They wrap under it when narrow. */
  actions?: ReactNode;
}

/** A page's heading row: its title with what it is about, and what can be done with it. */
export function PageHeader({ title, titleId, titleTestId, headingRef, details, actions }: Props) {
  return (
    <header className={styles.header}>
      <div className={styles.heading}>
        <h1 id={titleId} ref={headingRef} tabIndex={-1} className={styles.title} data-testid={titleTestId}>
          {title}
        </h1>
        {details}
      </div>
      {actions && <div className={styles.actions}>{actions}</div>}
    </header>
  );
}
