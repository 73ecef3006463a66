/** One CMS page by slug (/pages/:slug): title, summary, its blocks, and links to the other pages. */
import { type ContentPage, contentApi } from '@emporium/api';
import { ErrorAlert, useLoad } from '@emporium/ui';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../paths.ts';
import { Blocks } from './Blocks.tsx';
import styles from './CmsPage.module.css';
import { MorePages } from './MorePages.tsx';

const dateFormat = new Intl.DateTimeFormat('en-IN', { day: 'numeric', month: 'long', year: 'numeric' });

export function CmsPage() {
  const { slug = '' } = useParams();
  const page = useLoad((signal) => contentApi.getPage(slug, { signal }), slug);

  let main: ReactNode;
  if (page.status === 'loading') {
    main = (
      <p className={styles.loading} role="status">
        Loading page…
      </p>
    );
  } else if (page.error) {
    // 404 for a page that does not exist (or is a draft), 400 for a slug that cannot be one.
    main =
      page.error.status === 404 || page.error.status === 400 ? (
        <PageNotFound />
      ) : (
        <ErrorAlert error={page.error} onRetry={page.reload} />
      );
  } else if (page.data) {
    main = <PageView page={page.data} />;
  }

  return (
    <div className={styles.layout}>
      <div className={styles.main}>{main}</div>
      <MorePages current={slug} />
    </div>
  );
}

function PageView({ page }: { page: ContentPage }) {
  return (
    <article className={styles.article} data-testid="cms-page">
      <title>{page.seo.title}</title>
      <meta name="description" content={page.seo.description} />
      <header className={styles.header}>
        <h1 className={styles.title}>{page.title}</h1>
        {page.summary && <p className={styles.summary}>{page.summary}</p>}
        <p className={styles.updated}>
          Last updated <time dateTime={page.updatedAt}>{dateFormat.format(new Date(page.updatedAt))}</time>
        </p>
      </header>
      <Blocks blocks={page.body} />
    </article>
  );
}

function PageNotFound() {
  return (
    <section className={styles.notFound}>
      <title>Page not found · Emporium</title>
      <h1>We couldn’t find that page</h1>
      <p>It may have moved, or the link may be mistyped.</p>
      <p>
        <Link to={paths.pages}>See all pages</Link> or <Link to={paths.faqs}>search the FAQs</Link>.
      </p>
    </section>
  );
}
