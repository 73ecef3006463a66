/**
 * The account corner of the header. Signed out: a "Sign in" link that comes back to this page. Signed in:
 * a disclosure button with the shopper's name that opens links to their account, orders and support, and
 * "Sign out". It closes on Escape (focus back on the button), on a click outside and on navigation.
 */
import { userApi } from '@emporium/api';
import { mfe } from '@emporium/registry';
import { shopStore, useSession, useSessionResolved } from '@emporium/store';
import { useEffect, useId, useRef, useState } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import styles from './AccountMenu.module.css';

const links = [
  { to: mfe('account').route, label: 'Your account' },
  { to: mfe('orders').route, label: 'Your orders' },
  { to: mfe('support').route, label: 'Help & support' },
];

const firstName = (name: string) => name.trim().split(/\s+/)[0] ?? name;

export function AccountMenu() {
  const session = useSession();
  const resolved = useSessionResolved();
  const location = useLocation();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const [signingOut, setSigningOut] = useState(false);
  const rootRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const panelId = useId();

  // Any navigation closes the menu (the links inside it, or the back button).
  useEffect(() => setOpen(false), [location.key]);

  useEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (!rootRef.current?.contains(event.target as Node)) setOpen(false);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpen(false);
      buttonRef.current?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      document.removeEventListener('keydown', onKey);
    };
  }, [open]);

  // Until the page knows whether the shopper is signed in, hold the place instead of flashing "Sign in".
  if (!resolved) return <span className={styles.placeholder} aria-hidden="true" />;

  if (!session) {
    const here = `${location.pathname}${location.search}`;
    const returnTo = here.startsWith(mfe('auth').route) ? '' : `?returnTo=${encodeURIComponent(here)}`;
    return (
      <Link
        className={styles.signIn}
        to={`${mfe('auth').route}/login${returnTo}`}
        data-testid="header-sign-in"
      >
        <PersonIcon />
        <span>Sign in</span>
      </Link>
    );
  }

  const signOut = async () => {
    setSigningOut(true);
    await userApi.logout();
    setSigningOut(false);
    setOpen(false);
    shopStore.getState().pushToast({ kind: 'success', message: 'You are signed out.' });
    navigate('/');
  };

  const { user } = session;
  return (
    <div className={styles.menu} ref={rootRef}>
      <button
        ref={buttonRef}
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
        data-testid="account-menu"
      >
        <span className={styles.avatar} aria-hidden="true">
          {user.name.trim().charAt(0).toUpperCase()}
        </span>
        <span className={styles.name}>
          <span className="visually-hidden">Account of </span>
          {firstName(user.name)}
        </span>
        <svg className={styles.chevron} viewBox="0 0 20 20" aria-hidden="true">
          <path d="m5 8 5 5 5-5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
      </button>
      <div id={panelId} className={styles.panel} hidden={!open}>
        <p className={styles.who}>
          <strong>{user.name}</strong>
          <span>{user.email}</span>
        </p>
        <ul className={styles.links}>
          {links.map((link) => (
            <li key={link.to}>
              <Link to={link.to}>{link.label}</Link>
            </li>
          ))}
        </ul>
        <button type="button" className={styles.signOut} onClick={signOut} disabled={signingOut}>
          {signingOut ? 'Signing out…' : 'Sign out'}
        </button>
      </div>
    </div>
  );
}

function PersonIcon() {
  return (
    <svg className={styles.icon} viewBox="0 0 24 24" aria-hidden="true">
      <circle cx="12" cy="8.5" r="3.75" fill="none" stroke="currentColor" strokeWidth="1.9" />
      <path d="M4.75 20a7.25 7.25 0 0 1 14.5 0" fill="none" stroke="currentColor" strokeWidth="1.9" />
    </svg>
  );
}
