/**
 * Sign out (/auth/logout): ends the session on the server and on this page as soon as it opens (the
 * account menu links here), then says so, with the ways on.
 */
import { userApi } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { AuthCard } from '../ui/AuthCard.tsx';
import styles from './LogoutPage.module.css';

export function LogoutPage() {
  const [done, setDone] = useState(false);
  // Once per visit, even where React runs effects twice (development's StrictMode).
  const started = useRef(false);

  useEffect(() => {
    if (started.current) return;
    started.current = true;
    // logout() resolves even when the server cannot be reached: the page forgets the session anyway.
    void userApi.logout().then(() => setDone(true));
  }, []);

  if (!done) {
    return (
      <AuthCard title="Signing you out…">
        <title>Signing out · Emporium</title>
        <p className={styles.status} role="status">
          One moment.
        </p>
      </AuthCard>
    );
  }
  return (
    <AuthCard title="You’re signed out" lead="Thanks for shopping with us. See you soon.">
      <title>Signed out · Emporium</title>
      <p className="visually-hidden" role="status">
        You’re signed out.
      </p>
      <div className={styles.actions} data-testid="signed-out">
        <Link className={`button-primary ${styles.primary}`} to="/">
          Continue shopping
        </Link>
        <Link className={`button-secondary ${styles.secondary}`} to={`${mfe('auth').route}/login`}>
          Sign in again
        </Link>
      </div>
    </AuthCard>
  );
}
