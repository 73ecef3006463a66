import styles from './Footer.module.css';

/** The environment name helps anyone reporting a problem say where they saw it. */
export function Footer({ environment }: { environment: string }) {
  return (
    <footer className={styles.footer}>
      <div className={styles.inner}>
        <p>
          <strong>Emporium</strong> — an open-source reference shop built from micro frontends and
          microservices.
        </p>
        <p className={styles.meta}>
          Prices in Indian rupees, inclusive of taxes. <span className={styles.env}>{environment}</span>
        </p>
      </div>
    </footer>
  );
}
