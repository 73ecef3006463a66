/**
 * The help center (/support): search the answers (the content service's FAQs, through the support
 * service), browse them by topic, and when nothing helps, contact support. Open to everyone.
 */
import { ErrorAlert, GroupedFaqList, SearchBox } from '@emporium/ui';
import { ContactCard } from './ContactCard.tsx';
import styles from './HelpCenter.module.css';
import { NoAnswers } from './NoAnswers.tsx';
import { TopicFilter } from './TopicFilter.tsx';
import { useHelpSearch } from './use-help-search.ts';

export function HelpCenterPage() {
  const { q, category, draft, setDraft, setQuery, chooseCategory, answers, categories } = useHelpSearch();
  const topics = categories.data ?? [];
  const items = answers.data ?? [];
  const topicName = topics.find((topic) => topic.slug === category)?.name;

  return (
    <div className={styles.page}>
      <title>Help &amp; support · Emporium</title>
      <header className={styles.hero}>
        <h1 className={styles.title}>How can we help?</h1>
        <p className={styles.lead}>
          Search answers about orders, delivery, returns and payments, or ask our support team.
        </p>
        <SearchBox
          label="Search the help center"
          className={styles.search}
          onSubmit={() => setQuery(draft)}
          value={draft}
          onChange={(event) => setDraft(event.target.value)}
          placeholder="Search, for example: refund, track my order, COD"
          maxLength={100}
          autoComplete="off"
          enterKeyHint="search"
          testId="help-search"
        />
      </header>
      <div className={styles.layout}>
        {/* First in the page, so on a phone a person is one scroll away, not below every answer. */}
        <ContactCard q={q} />
        <section
          className={styles.results}
          aria-labelledby="help-count"
          aria-busy={answers.status === 'loading'}
        >
          <TopicFilter topics={topics} selected={category} onChoose={chooseCategory} />
          <p id="help-count" className={styles.count} aria-live="polite" data-testid="help-count">
            {summary(answers.status, items.length, q, topicName)}
          </p>
          {answers.error && <ErrorAlert error={answers.error} onRetry={answers.reload} />}
          {answers.status === 'ready' && items.length === 0 && <NoAnswers q={q} />}
          <GroupedFaqList
            items={items}
            // Browsing with no search or topic, the answers are grouped under their topics.
            groups={!q && !category ? topics : []}
            idPrefix="help-topic"
            stale={answers.status === 'loading'}
            itemTestId="help-answer"
          />
        </section>
      </div>
    </div>
  );
}

function summary(status: string, count: number, q: string, topicName: string | undefined): string {
  if (status === 'error') return 'Answers unavailable';
  if (status === 'loading' && count === 0) return 'Finding answers…';
  const what = `${count} ${count === 1 ? 'answer' : 'answers'}`;
  const where = topicName ? ` in ${topicName}` : '';
  return q ? `${what} for “${q}”${where}` : `${what}${where}`;
}
