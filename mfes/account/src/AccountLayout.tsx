/**
 * The account's frame: a greeting, the section links and the section. Signed-out visitors get the shared
 * sign-in prompt that brings them back here (it waits for a reload's session restore before showing).
 */
import { useSession } from '@emporium/store';
import { RequireCustomer } from '@emporium/ui';
import { NavLink, Outlet } from 'react-router';
import styles from './AccountLayout.module.css';
import { paths } from './paths.ts';

const sections = [
  { to: paths.profile, label: 'Profile', end: true },
  { to: paths.addresses, label: 'Addresses', end: false },
  { to: paths.wishlist, label: 'Wishlist', end: false },
];

export function AccountLayout() {
  return (
    <RequireCustomer
      title="Your account"
      heading="Sign in to see your account"
      why="Your profile, saved addresses and wishlist are here once you sign in."
    >
      <SignedInAccount />
    </RequireCustomer>
  );
}

function SignedInAccount() {
  const session = useSession();
  if (!session) return null; // RequireCustomer renders this only with a customer's session

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
