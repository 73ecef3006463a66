import { Link, NavLink } from 'react-router';
import { AccountMenu } from './AccountMenu.tsx';
import { CartLink } from './CartLink.tsx';
import styles from './Header.module.css';
import { SearchForm } from './SearchForm.tsx';

export interface NavItem {
  label: string;
  to: string;
}

/** Brand, search, the shop's main links, the account menu and the bag. */
export function Header({ nav }: { nav: NavItem[] }) {
  return (
    <header className={styles.header}>
      <div className={styles.inner}>
        <Link to="/" className={styles.brand}>
          <svg className={styles.mark} viewBox="0 0 32 32" aria-hidden="true">
            <rect width="32" height="32" rx="9" fill="currentColor" />
            <path d="M10.5 9h11v3h-7.6v2.6h6.8v3h-6.8V20h7.6v3h-11z" fill="#fff" />
          </svg>
          <span>Emporium</span>
        </Link>
        <SearchForm />
        {nav.length > 0 && (
          <nav className={styles.nav} aria-label="Main">
            <ul>
              {nav.map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className={({ isActive }) => (isActive ? styles.active : undefined)}>
                    {item.label}
                  </NavLink>
                </li>
              ))}
            </ul>
          </nav>
        )}
        <div className={styles.actions}>
          <AccountMenu />
          <CartLink />
        </div>
      </div>
    </header>
  );
}
