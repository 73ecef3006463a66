import { contentApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { HeroCarousel } from './HeroCarousel.tsx';
import styles from './HomePage.module.css';
import { WelcomeHero } from './WelcomeHero.tsx';

/**
 * The top of the home page: the live hero banners, or the shop's own welcome when none is live (or the
 * content service cannot be reached: the home page is the last place to show an error message).
 */
export function HeroSection() {
  const banners = useLoad((signal) => contentApi.listBanners('home-hero', { signal }), 'home-hero');
  if (banners.status === 'loading') {
    return (
      <div className={`skeleton ${styles.heroSkeleton}`} role="status">
        <span className="visually-hidden">Loading offers…</span>
      </div>
    );
  }
  if (banners.status === 'error') console.warn('Hero banners unavailable:', banners.error);
  const items = banners.data ?? [];
  return items.length > 0 ? <HeroCarousel banners={items} /> : <WelcomeHero />;
}
