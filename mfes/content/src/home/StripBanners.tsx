import { contentApi } from '@emporium/api';
import { useLoad } from '@emporium/ui';
import { BannerLink } from './BannerLink.tsx';
import { bannerPalette } from './banner-art.ts';
import { callToAction } from './call-to-action.ts';
import { ChevronRight } from './icons.tsx';
import styles from './StripBanners.module.css';

/**
 * The slim promotions under the hero (free delivery, a clearance). Nothing live, or the service down:
 * the strip is simply not there.
 */
export function StripBanners() {
  const banners = useLoad((signal) => contentApi.listBanners('home-strip', { signal }), 'home-strip');
  if (banners.status === 'error') console.warn('Strip banners unavailable:', banners.error);
  const items = banners.data ?? [];
  if (items.length === 0) return null;
  return (
    <section aria-label="Promotions">
      <ul className={styles.strip}>
        {items.map((banner) => {
          const palette = bannerPalette(banner.id);
          return (
            <li key={banner.id} data-testid="strip-banner">
              <BannerLink banner={banner} className={styles.banner}>
                <span className={styles.swatch} style={{ background: palette.from }} aria-hidden="true" />
                {banner.image && (
                  <img className={styles.image} src={banner.image.url} alt={banner.image.alt} />
                )}
                <span className={styles.text}>
                  <span className={styles.title}>{banner.title}</span>
                  {banner.subtitle && <span className={styles.subtitle}>{banner.subtitle}</span>}
                </span>
                <span className={styles.more}>
                  {callToAction(banner.link)}
                  <ChevronRight />
                </span>
              </BannerLink>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
