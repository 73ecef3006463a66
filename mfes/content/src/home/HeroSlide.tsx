import type { Banner } from '@emporium/api';
import type { CSSProperties } from 'react';
import { BannerLink } from './BannerLink.tsx';
import { bannerPalette } from './banner-art.ts';
import { callToAction } from './call-to-action.ts';
import styles from './HeroCarousel.module.css';
import { ChevronRight } from './icons.tsx';

interface Props {
  banner: Banner;
  position: number;
  total: number;
  current: boolean;
}

/**
 * One hero banner: its photo, or generated artwork in the brand's colours when it has none, under its
 * title, subtitle and a link. Slides other than the current one are inert, so keyboard and screen-reader
 * users only ever meet the slide that is on screen.
 */
export function HeroSlide({ banner, position, total, current }: Props) {
  const palette = bannerPalette(banner.id);
  const style = {
    '--slide-from': palette.from,
    '--slide-via': palette.via,
    '--slide-to': palette.to,
    '--slide-glow': `${Math.round(palette.glow * 100)}%`,
  } as CSSProperties;
  return (
    // The carousel pattern's slide is a group with a role description; a fieldset would mean a form.
    // biome-ignore lint/a11y/useSemanticElements: see above
    <div
      className={`${styles.slide} ${banner.image ? styles.withPhoto : ''}`}
      style={style}
      role="group"
      aria-roledescription="slide"
      aria-label={`${position} of ${total}`}
      aria-hidden={!current}
      inert={!current}
      data-testid="hero-slide"
    >
      {banner.image ? (
        <img className={styles.photo} src={banner.image.url} alt={banner.image.alt} />
      ) : (
        <SlideArt />
      )}
      <div className={styles.copy}>
        <h2 className="hero-title">{banner.title}</h2>
        {banner.subtitle && <p className={styles.subtitle}>{banner.subtitle}</p>}
        <BannerLink banner={banner} className={`button-light ${styles.cta}`}>
          {callToAction(banner.link)}
          <span className="visually-hidden">: {banner.title}</span>
          <ChevronRight />
        </BannerLink>
      </div>
    </div>
  );
}

/** Decoration for a banner without a photo: a shopping bag and soft circles, like the shop's mark. */
function SlideArt() {
  return (
    <svg className={styles.art} viewBox="0 0 320 280" aria-hidden="true">
      <circle cx="230" cy="70" r="54" fill="#fff" opacity="0.16" />
      <circle cx="80" cy="220" r="70" fill="#fff" opacity="0.1" />
      <rect x="86" y="74" width="150" height="160" rx="22" fill="#fff" opacity="0.95" />
      <path d="M126 104c0-19 15-34 35-34s35 15 35 34" fill="none" stroke="#fff" strokeWidth="10" />
      <path d="M126 112v-8m70 8v-8" stroke="var(--slide-from)" strokeWidth="10" strokeLinecap="round" />
      <rect x="116" y="140" width="90" height="12" rx="6" fill="var(--color-accent)" />
      <rect x="116" y="164" width="60" height="10" rx="5" fill="var(--color-border)" />
      <rect x="116" y="184" width="74" height="10" rx="5" fill="var(--color-border)" />
      <circle cx="250" cy="200" r="26" fill="var(--color-accent)" />
      <path d="M240 200l7 7 13-14" fill="none" stroke="#fff" strokeWidth="5" strokeLinecap="round" />
    </svg>
  );
}
