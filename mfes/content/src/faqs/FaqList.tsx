import type { Faq } from '@emporium/api';
import styles from './FaqPage.module.css';

/** Questions that open to their answers; answers are plain text (paragraph breaks kept). */
export function FaqList({ faqs, stale }: { faqs: Faq[]; stale: boolean }) {
  if (faqs.length === 0) return null;
  return (
    <ul className={`${styles.list} ${stale ? styles.stale : ''}`}>
      {faqs.map((faq) => (
        <li key={faq.id}>
          <details className={styles.item} data-testid="faq-item">
            <summary className={styles.question}>{faq.question}</summary>
            <p className={styles.answer}>{faq.answer}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}
