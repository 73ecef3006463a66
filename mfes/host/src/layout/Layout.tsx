import { Outlet } from 'react-router';
import { CartCountSync } from '../shell/CartCountSync.tsx';
import { LoginRedirect } from '../shell/LoginRedirect.tsx';
import { PageViews } from '../shell/PageViews.tsx';
import { Toasts } from '../shell/Toasts.tsx';
import { Footer } from './Footer.tsx';
import { Header, type NavItem } from './Header.tsx';
import styles from './Layout.module.css';

export function Layout({ nav, environment }: { nav: NavItem[]; environment: string }) {
  return (
    <div className={styles.page}>
      <a className={styles.skip} href="#main">
        Skip to content
      </a>
      <Header nav={nav} />
      <main id="main" className={styles.main} tabIndex={-1}>
        <Outlet />
      </main>
      <Footer environment={environment} />
      <Toasts />
      <LoginRedirect />
      <PageViews />
      <CartCountSync />
    </div>
  );
}
