/**
 * The storefront's home page, exposed as `./Home` (the host renders it at '/'): the live hero banners,
 * the promotions strip, the categories and a row of featured products. Each section loads on its own,
 * so a slow or failing service holds up only its own section.
 */
import { CategoryTiles } from './CategoryTiles.tsx';
import { FeaturedRail } from './FeaturedRail.tsx';
import { HeroSection } from './HeroSection.tsx';
import styles from './HomePage.module.css';
import { StripBanners } from './StripBanners.tsx';

export default function HomePage() {
  return (
    <div className={styles.home} data-testid="home-page">
      <title>Emporium — shop electronics, fashion, home and more</title>
      <h1 className="visually-hidden">Emporium: shop electronics, fashion, home and more</h1>
      <HeroSection />
      <StripBanners />
      <CategoryTiles />
      <FeaturedRail />
    </div>
  );
}
