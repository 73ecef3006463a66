/**
 * Answers that open in place (native details/summary: keyboard and screen readers know them without
 * extra ARIA). Browsing with no search or topic, they are grouped under their topics.
 */
import type { HelpArticle, HelpCategory } from '@emporium/api';
import styles from './HelpCenter.module.css';

interface Props {
  answers: HelpArticle[];
  topics: HelpCategory[];
  /** A newer search is loading: keep these on screen, dimmed. */
  stale: boolean;
  grouped: boolean;
}

export function HelpAnswers({ answers, topics, stale, grouped }: Props) {
  if (answers.length === 0) return null;
  if (!grouped || topics.length === 0) return <AnswerList answers={answers} stale={stale} />;
  return (
    <div className={styles.groups}>
      {topics.map((topic) => {
        const inTopic = answers.filter((answer) => answer.category === topic.slug);
        if (inTopic.length === 0) return null;
        return (
          <section key={topic.slug} aria-labelledby={`help-topic-${topic.slug}`}>
            <h2 id={`help-topic-${topic.slug}`} className={styles.groupTitle}>
              {topic.name}
            </h2>
            <AnswerList answers={inTopic} stale={stale} />
          </section>
        );
      })}
    </div>
  );
}

function AnswerList({ answers, stale }: { answers: HelpArticle[]; stale: boolean }) {
  return (
    <ul className={`${styles.list} ${stale ? styles.stale : ''}`}>
      {answers.map((answer) => (
        <li key={answer.id}>
          <details className={styles.item} data-testid="help-answer">
            <summary className={styles.question}>{answer.question}</summary>
            <p className={styles.answer}>{answer.answer}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
