/**
 * Help & FAQs (/pages/help): search every answer, or browse one category. Answers open in place
 * (native details/summary: keyboard and screen readers know them without extra ARIA).
 */
import { mfe } from '@emporium/registry';
import { ErrorAlert, GroupedFaqList, NoMatches, SearchBox } from '@emporium/ui';
import { Link } from 'react-router';
import { CategoryFilter } from './CategoryFilter.tsx';
import styles from './FaqPage.module.css';
import { useFaqSearch } from './use-faq-search.ts';

export function FaqPage() {
  const { category, q, draft, setDraft, chooseCategory, faqs, categories } = useFaqSearch();
  const categoryList = categories.data ?? [];
  const names = new Map(categoryList.map((c) => [c.slug, c.name]));
  const items = faqs.data ?? [];

  return (
    <div className={styles.page}>
      <title>Help &amp; FAQs · Emporium</title>
      <header className={styles.header}>
        <h1 className={styles.title}>Help &amp; FAQs</h1>
        <p className={styles.lead}>
          Answers to what shoppers ask most, about orders, delivery, returns and more.
        </p>
        <SearchBox
          label="Search the FAQs"
          className={styles.search}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="Search, for example: refund, track, COD"
          maxLength={100}
          autoComplete="off"
          testId="faq-search"
        />
      </header>
      <div className={styles.layout}>
        <CategoryFilter categories={categoryList} selected={category} onChoose={chooseCategory} />
        <section className={styles.results} aria-labelledby="faq-count" aria-busy={faqs.status === 'loading'}>
          <p id="faq-count" className={styles.count} aria-live="polite" data-testid="faq-count">
            {summary(faqs.status, items.length, q, names.get(category))}
          </p>
          {faqs.error && <ErrorAlert error={faqs.error} onRetry={faqs.reload} />}
          {faqs.status === 'ready' && items.length === 0 && <NoAnswers q={q} />}
          <GroupedFaqList
            items={items}
            // Browsing everything: one block per category, in the help center's order.
            groups={!category && !q ? categoryList : []}
            idPrefix="faq-group"
            stale={faqs.status === 'loading'}
            itemTestId="faq-item"
          />
        </section>
      </div>
    </div>
  );
}

function summary(status: string, count: number, q: string, categoryName: string | undefined): string {
  if (status === 'error') return 'Answers unavailable';
  if (status === 'loading' && count === 0) return 'Finding answers…';
  const what = `${count} ${count === 1 ? 'answer' : 'answers'}`;
  const where = categoryName ? ` in ${categoryName}` : '';
  return q ? `${what} for “${q}”${where}` : `${what}${where}`;
}

function NoAnswers({ q }: { q: string }) {
  return (
    <NoMatches heading={`No answers match${q ? ` “${q}”` : ''}`}>
      <p>Try fewer or different words, or another category.</p>
      <p>
        Still stuck? <Link to={mfe('support').route}>Contact support</Link> and a person will help.
      </p>
    </NoMatches>
  );
}
