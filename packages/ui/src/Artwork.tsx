/**
 * A product's picture: its first photo when it has one, else generated artwork (the seed catalog has no
 * photos): the category's drawing on a colour that comes from the product id, so every product keeps
 * the same look everywhere (listing, home page, wishlist) and neighbours in the grid differ.
 */
import type { ProductSummary } from '@emporium/api';
import styles from './Artwork.module.css';
import { defaultGlyph, glyphs } from './glyphs.tsx';

/** A small, stable string hash (FNV-1a). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

// Hues that stay clear and friendly as pastels (rose, violet, indigo, sky, teal, green, amber, coral);
// the muddy yellow-greens are left out.
const hues = [340, 318, 280, 250, 215, 190, 165, 140, 38, 14];

interface Props {
  product: Pick<ProductSummary, 'id' | 'name' | 'category' | 'images'>;
  size?: 'card' | 'large';
}

export function Artwork({ product, size = 'card' }: Props) {
  const photo = product.images[0];
  const className = `${styles.artwork} ${size === 'large' ? styles.large : ''}`;
  if (photo) {
    return <img className={className} src={photo.url} alt={photo.alt || product.name} loading="lazy" />;
  }
  const h = hash(product.id);
  const hue = hues[h % hues.length] ?? 340;
  const tilt = (h >> 9) % 2 === 0 ? -8 : 8;
  const id = `art-${h.toString(36)}`;
  return (
    <svg className={className} viewBox="0 0 100 100" aria-hidden="true" preserveAspectRatio="xMidYMid slice">
      <defs>
        <linearGradient id={id} x1="0" y1="0" x2="1" y2="1">
          <stop offset="0" stopColor={`hsl(${hue} 70% 94%)`} />
          <stop offset="1" stopColor={`hsl(${(hue + 40) % 360} 65% 84%)`} />
        </linearGradient>
      </defs>
      <rect width="100" height="100" fill={`url(#${id})`} />
      <circle cx="80" cy="18" r="22" fill={`hsl(${hue} 60% 98%)`} opacity="0.6" />
      <circle cx="14" cy="88" r="26" fill={`hsl(${(hue + 40) % 360} 60% 70%)`} opacity="0.25" />
      <g
        transform={`translate(26 26) rotate(${tilt} 24 24)`}
        fill="none"
        stroke={`hsl(${hue} 45% 32%)`}
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        {glyphs[product.category.slug] ?? defaultGlyph}
      </g>
    </svg>
  );
}
