/**
 * Tickets are a signed-in customer's: others see why, and a way to sign in that brings them back to the
 * page they asked for. Waits for the start-up session restore, so a reload never flashes the prompt.
 */
import { useSession, useSessionResolved } from '@emporium/store';
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { paths } from '../paths.ts';
import styles from './RequireCustomer.module.css';

export function RequireCustomer({ children }: { children: ReactNode }) {
  const session = useSession();
  const resolved = useSessionResolved();
  const location = useLocation();
  if (!resolved) {
    return (
      <p className={styles.loading} role="status">
        Loading…
      </p>
    );
  }
  if (session?.type === 'customer') return children;
  return (
    <section className={styles.prompt} data-testid="sign-in-prompt">
      <title>Support tickets · Emporium</title>
      <h1>Sign in to contact support</h1>
      <p>Your support tickets and our replies are kept in your account.</p>
      <Link
        className={`button-primary ${styles.cta}`}
        to={paths.login(`${location.pathname}${location.search}`)}
      >
        Sign in
      </Link>
      <Link className={styles.secondary} to={paths.help}>
        Search the help center instead
      </Link>
    </section>
  );
}
