import { NoMatches } from '@emporium/ui';
import { Link } from 'react-router';
import { paths } from '../paths.ts';

/** Nothing matched: other words, or a person (the search becomes the ticket's subject). */
export function NoAnswers({ q }: { q: string }) {
  return (
    <NoMatches heading={`No answers match${q ? ` “${q}”` : ''}`} testId="no-answers">
      <p>Try fewer or different words, or another topic.</p>
      <p>
        Still stuck? <Link to={paths.newTicket(q ? { subject: q } : {})}>Ask our support team</Link>.
      </p>
    </NoMatches>
  );
}
