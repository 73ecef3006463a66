import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './CmsPage.module.css';
import { usePageList } from './use-page-list.ts';

/** The other published pages and the FAQs, beside a page. Without the list, the page stands alone. */
export function MorePages({ current }: { current: string }) {
  const pages = usePageList();
  const others = (pages.data ?? []).filter((page) => page.slug !== current);
  return (
    <nav className={styles.more} aria-label="More information">
      <h2 className={styles.moreTitle}>More information</h2>
      <ul>
        <li>
          <Link to={paths.faqs}>Help &amp; FAQs</Link>
        </li>
        {others.map((page) => (
          <li key={page.slug}>
            <Link to={paths.page(page.slug)}>{page.title}</Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
