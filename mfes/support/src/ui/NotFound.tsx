/**
 * An address under /support that is not a page here. It only says so, and never redirects: while the
 * shell moves to another domain, this app can still render once with that domain's address, and a
 * redirect from here would pull the shopper back.
 */
import { Link, useLocation } from 'react-router';
import { paths } from '../paths.ts';
import styles from './RequireCustomer.module.css';

export function NotFound() {
  const { pathname } = useLocation();
  if (!pathname.startsWith(`${paths.help}/`)) return null;
  return (
    <section className={styles.prompt} data-testid="support-not-found">
      <title>Page not found · Emporium</title>
      <h1>This help page doesn’t exist</h1>
      <p>The link may be old or incomplete.</p>
      <Link className={`button-primary ${styles.cta}`} to={paths.help}>
        Go to the help center
      </Link>
    </section>
  );
}
