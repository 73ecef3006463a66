import styles from './FaqList.module.css';

/** What a question needs to be listed: the content service's FAQs and the help center's answers both fit. */
export interface FaqItem {
  id: string;
  /** The slug of the category (topic) the question is filed under. */
  category: string;
  question: string;
  answer: string;
}

/** A category (topic) that questions are grouped under. */
export interface FaqGroup {
  slug: string;
  name: string;
}

interface Props {
  items: FaqItem[];
  /** A newer search is loading: keep these on screen, dimmed. */
  stale: boolean;
  /** Each question's `data-testid`, so each page's tests keep their own name. */
  itemTestId: string;
}

/**
 * Questions that open to their answers (native details/summary: keyboard and screen readers know them
 * without extra ARIA); answers are plain text with their paragraph breaks kept.
 */
export function FaqList({ items, stale, itemTestId }: Props) {
  if (items.length === 0) return null;
  return (
    <ul className={`${styles.list} ${stale ? styles.stale : ''}`}>
      {items.map((item) => (
        <li key={item.id}>
          <details className={styles.item} data-testid={itemTestId}>
            <summary className={styles.question}>{item.question}</summary>
            <p className={styles.answer}>{item.answer}</p>
          </details>
        </li>
      ))}
    </ul>
  );
}

/**
 * Browsing everything: one titled block per group, in the groups' order (empty groups left out). Without
 * groups, one plain list.
 */
export function GroupedFaqList({
  groups,
  idPrefix,
  ...list
}: Props & {
  groups: FaqGroup[];
  /** Prefix of each group heading's id (the block's accessible name), unique on the page. */
  idPrefix: string;
}) {
  if (list.items.length === 0) return null;
  if (groups.length === 0) return <FaqList {...list} />;
  return (
    <div className={styles.groups}>
      {groups.map((group) => {
        const items = list.items.filter((item) => item.category === group.slug);
        if (items.length === 0) return null;
        const headingId = `${idPrefix}-${group.slug}`;
        return (
          <section key={group.slug} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.groupTitle}>
              {group.name}
            </h2>
            <FaqList {...list} items={items} />
          </section>
        );
      })}
    </div>
  );
}
