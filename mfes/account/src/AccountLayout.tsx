/**
 * The account's frame: a greeting, the section links and the section. Signed-out visitors get a way to
 * sign in that brings them back here; while the page is still restoring a session (a reload), it waits
 * rather than show that prompt to someone who is in fact signed in.
 */
import { useSession, useSessionResolved } from '@emporium/store';
import { NavLink, Outlet, useLocation } from 'react-router';
import styles from './AccountLayout.module.css';
import { accountRoute, paths } from './paths.ts';
import { SignInPrompt } from './SignInPrompt.tsx';

const sections = [
  { to: paths.profile, label: 'Profile', end: true },
  { to: paths.addresses, label: 'Addresses', end: false },
  { to: paths.wishlist, label: 'Wishlist', end: false },
];

export function AccountLayout() {
  const session = useSession();
  const resolved = useSessionResolved();
  const location = useLocation();

  if (!session) {
    if (!resolved) {
      return (
        <p className={styles.waiting} role="status">
          Loading your account…
        </p>
      );
    }
    return <SignInPrompt returnTo={`${location.pathname}${location.search}` || accountRoute} />;
  }

  return (
    <div className={styles.account}>
      <header className={styles.header}>
        <p className={styles.eyebrow}>Your account</p>
        <h1 className={styles.title}>Hello, {session.user.name.split(/\s+/)[0]}</h1>
      </header>
      <div className={styles.layout}>
        <nav className={styles.nav} aria-label="Account">
          <ul>
            {sections.map((section) => (
              <li key={section.to}>
                <NavLink
                  to={section.to}
                  end={section.end}
                  className={({ isActive }) => (isActive ? styles.active : undefined)}
                >
                  {section.label}
                </NavLink>
              </li>
            ))}
            <li>
              <NavLink to={paths.orders}>Orders</NavLink>
            </li>
            <li className={styles.signOut}>
              <NavLink to={paths.logout}>Sign out</NavLink>
            </li>
          </ul>
        </nav>
        <div className={styles.section}>
          <Outlet />
        </div>
      </div>
    </div>
  );
}
