/**
 * Beside the answers: a way to a person. Signed in, a ticket and the list of earlier ones; signed out, a
 * sign-in that comes back to the new-ticket form (searching needs no account).
 */
import { useSession, useSessionResolved } from '@emporium/store';
import { Link } from 'react-router';
import { paths } from '../paths.ts';
import styles from './HelpCenter.module.css';

export function ContactCard({ q }: { q: string }) {
  const session = useSession();
  const newTicket = paths.newTicket(q ? { subject: q } : {});
  // Until the start-up session restore ends, assume signed in: the ticket pages ask for sign-in anyway.
  const signedIn = session?.type === 'customer' || !useSessionResolved();
  return (
    <aside className={styles.contact} aria-labelledby="contact-title" data-testid="contact-support">
      <h2 id="contact-title" className={styles.contactTitle}>
        Still need help?
      </h2>
      <p className={styles.contactText}>
        Our support team answers every ticket, usually within a day. Mention your order if it is about one.
      </p>
      {signedIn ? (
        <>
          <Link className={`button-primary ${styles.contactCta}`} to={newTicket}>
            Contact support
          </Link>
          <Link className={styles.contactLink} to={paths.tickets}>
            Your support tickets
          </Link>
        </>
      ) : (
        <Link className={`button-primary ${styles.contactCta}`} to={paths.login(newTicket)}>
          Sign in to contact support
        </Link>
      )}
    </aside>
  );
}
