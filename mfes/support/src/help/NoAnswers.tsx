import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './HelpCenter.module.css';

/** Nothing matched: other words, or a person (the search becomes the ticket's subject). */
export function NoAnswers({ q }: { q: string }) {
  return (
    <div className={styles.empty} data-testid="no-answers">
      <h2>No answers match{q ? ` “${q}”` : ''}</h2>
      <p>Try fewer or different words, or another topic.</p>
      <p>
        Still stuck? <Link to={paths.newTicket(q ? { subject: q } : {})}>Ask our support team</Link>.
      </p>
    </div>
  );
}
