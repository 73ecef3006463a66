/** /pages: every published page with its summary, and the FAQs. */

import { ErrorAlert } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './PageIndex.module.css';
import { usePageList } from './use-page-list.ts';

export function PageIndex() {
  const pages = usePageList();
  return (
    <section className={styles.index} aria-labelledby="pages-title" aria-busy={pages.status === 'loading'}>
      <title>Help and information · Emporium</title>
      <h1 id="pages-title" className={styles.title}>
        Help and information
      </h1>
      {pages.error && <ErrorAlert error={pages.error} onRetry={pages.reload} />}
      {pages.status === 'loading' && (
        <p className={styles.loading} role="status">
          Loading pages…
        </p>
      )}
      <ul className={styles.cards}>
        <li>
          <Link className={styles.card} to={paths.faqs}>
            <span className={styles.cardTitle}>Help &amp; FAQs</span>
            <span className={styles.cardSummary}>
              Answers about orders, delivery, returns, payments and your account.
            </span>
          </Link>
        </li>
        {(pages.data ?? []).map((page) => (
          <li key={page.slug}>
            <Link className={styles.card} to={paths.page(page.slug)} data-testid="page-card">
              <span className={styles.cardTitle}>{page.title}</span>
              {page.summary && <span className={styles.cardSummary}>{page.summary}</span>}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
