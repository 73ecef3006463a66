/**
 * The shell's own shop front: a hero that leads into the shop. It is the home page whenever the content
 * MFE's home (banners, CMS) cannot be loaded, so a shopper arriving then still has a way in.
 */
import { mfe } from '@emporium/registry';
import { Link } from 'react-router';
import styles from './ShopFront.module.css';

export function ShopFront() {
  return (
    <section className={styles.hero} aria-labelledby="home-title" data-testid="home-fallback">
      <title>Emporium — shop electronics, fashion, home and more</title>
      <div className={styles.copy}>
        <p className="hero-eyebrow">Everything in one place</p>
        <h1 id="home-title" className="hero-title">
          From kurtas to kettles, find what you love at Emporium
        </h1>
        <p className={styles.lead}>
          Browse electronics, fashion, home, beauty, books and more from brands across India, with prices that
          include taxes.
        </p>
        <Link className={`button-light ${styles.cta}`} to={mfe('products').route}>
          Shop all products
          <svg viewBox="0 0 20 20" aria-hidden="true">
            <path
              d="M7 4l6 6-6 6"
              fill="none"
              stroke="currentColor"
              strokeWidth="2.2"
              strokeLinecap="round"
            />
          </svg>
        </Link>
      </div>
      <svg className={styles.art} viewBox="0 0 320 280" aria-hidden="true">
        <circle cx="230" cy="70" r="54" fill="#fff" opacity="0.16" />
        <circle cx="80" cy="220" r="70" fill="#fff" opacity="0.1" />
        <rect x="86" y="74" width="150" height="160" rx="22" fill="#fff" opacity="0.95" />
        <path d="M126 104c0-19 15-34 35-34s35 15 35 34" fill="none" stroke="#fff" strokeWidth="10" />
        <path d="M126 112v-8m70 8v-8" stroke="#b4235a" strokeWidth="10" strokeLinecap="round" />
        <rect x="116" y="140" width="90" height="12" rx="6" fill="#f4a300" />
        <rect x="116" y="164" width="60" height="10" rx="5" fill="#e4e1eb" />
        <rect x="116" y="184" width="74" height="10" rx="5" fill="#e4e1eb" />
        <circle cx="250" cy="200" r="26" fill="#f4a300" />
        <path d="M240 200l7 7 13-14" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
      </svg>
    </section>
  );
}
