import { Link } from 'react-router';
import styles from './SectionHeader.module.css';

/** A home-page section's heading, with an optional "see all" link on the right. */
export function SectionHeader({
  id,
  title,
  more,
}: {
  id: string;
  title: string;
  more?: { to: string; label: string };
}) {
  return (
    <div className={styles.header}>
      <h2 id={id} className={styles.title}>
        {title}
      </h2>
      {more && (
        <Link className={styles.more} to={more.to}>
          {more.label}
        </Link>
      )}
    </div>
  );
}
