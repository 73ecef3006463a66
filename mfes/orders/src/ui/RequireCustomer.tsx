/**
 * Orders are a signed-in customer's: others see why, and a way to sign in that brings them back here.
 * Waits for the start-up session restore, so a reload never flashes the sign-in prompt.
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
  const returnTo = `${location.pathname}${location.search}`;
  return (
    <section className={styles.prompt} data-testid="sign-in-prompt">
      <title>Your orders · Emporium</title>
      <h1>Sign in to see your orders</h1>
      <p>Your order history, tracking and cancellations are in your account.</p>
      <Link className={`button-primary ${styles.cta}`} to={paths.login(returnTo)}>
        Sign in
      </Link>
    </section>
  );
}
