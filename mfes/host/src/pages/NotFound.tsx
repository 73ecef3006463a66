import { mfe } from '@emporium/registry';
import { Link } from 'react-router';
import styles from './NotFound.module.css';

export function NotFound() {
  return (
    <section className={styles.notFound}>
      <title>Page not found · Emporium</title>
      <p className={styles.code} aria-hidden="true">
        404
      </p>
      <h1>Page not found</h1>
      <p className={styles.text}>
        The page you asked for isn’t here. It may have moved, or the link may be mistyped.
      </p>
      <div className={styles.actions}>
        <Link className={`button-primary ${styles.primary}`} to={mfe('products').route}>
          Shop all products
        </Link>
        <Link className={styles.secondary} to="/">
          Go to the home page
        </Link>
      </div>
    </section>
  );
}
