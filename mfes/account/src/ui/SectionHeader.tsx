import type { ReactNode, Ref } from 'react';
import styles from './Section.module.css';

interface Props {
  /** The heading's id, for the section's aria-labelledby. */
  id: string;
  title: string;
  description?: ReactNode;
  /** The section's main action (add an address), on the heading's row. */
  action?: ReactNode;
  /** For moving focus to the heading when what had focus went away. */
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A section's heading row: its title (an h2 under the account's h1), a line about it and its action. */
export function SectionHeader({ id, title, description, action, headingRef }: Props) {
  return (
    <header className={styles.header}>
      <div>
        <h2 id={id} ref={headingRef} tabIndex={-1} className={styles.title}>
          {title}
        </h2>
        {description && <p className={styles.description}>{description}</p>}
      </div>
      {action}
    </header>
  );
}
