import type { HelpCategory } from '@emporium/api';
import styles from './HelpCenter.module.css';

/**
 * The help topics as toggle buttons (All first). Buttons, not links: they filter this page, and
 * aria-pressed says which one is on.
 */
export function TopicFilter({
  topics,
  selected,
  onChoose,
}: {
  topics: HelpCategory[];
  selected: string;
  onChoose: (slug: string) => void;
}) {
  if (topics.length === 0) return null;
  const options = [{ slug: '', name: 'All topics' }, ...topics];
  return (
    <nav className={styles.topics} aria-label="Help topics">
      <ul>
        {options.map((option) => (
          <li key={option.slug || 'all'}>
            <button
              type="button"
              className={styles.topic}
              aria-pressed={option.slug === selected}
              onClick={() => onChoose(option.slug)}
            >
              {option.name}
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
