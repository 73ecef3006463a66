import { Link } from 'react-router';
import { paths } from '../paths.ts';
import { ChevronRight } from './icons.tsx';
import styles from './WelcomeHero.module.css';

/** The shop's own greeting, for when no hero banner is live. */
export function WelcomeHero() {
  return (
    <section className={styles.hero} aria-labelledby="welcome-title" data-testid="welcome-hero">
      <p className="hero-eyebrow">Everything in one place</p>
      <h2 id="welcome-title" className={`hero-title ${styles.title}`}>
        From kurtas to kettles, find what you love at Emporium
      </h2>
      <p className={styles.lead}>
        Browse electronics, fashion, home, beauty, books and more from brands across India, with prices that
        include taxes.
      </p>
      <Link className={`button-light ${styles.cta}`} to={paths.products}>
        Shop all products
        <ChevronRight />
      </Link>
    </section>
  );
}
