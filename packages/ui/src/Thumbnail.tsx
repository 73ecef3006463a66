/**
 * A line's picture (cart, order, wishlist): the product photo when it has one; otherwise a tile in the product's own colour
 * (the same hue the catalog's artwork gives it, from its id) with a shopping-bag drawing.
 */
import styles from './Thumbnail.module.css';

/** FNV-1a, the hash the catalog's artwork colours come from. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const hues = [340, 318, 280, 250, 215, 190, 165, 140, 38, 14];

export function Thumbnail({
  productId,
  image,
  name,
}: {
  productId: string;
  image: string | null;
  name: string;
}) {
  if (image) return <img className={styles.thumb} src={image} alt={name} loading="lazy" />;
  const hue = hues[hash(productId) % hues.length] ?? 340;
  return (
    <svg
      className={styles.thumb}
      viewBox="0 0 48 48"
      aria-hidden="true"
      style={{ background: `linear-gradient(135deg, hsl(${hue} 70% 94%), hsl(${(hue + 40) % 360} 65% 84%))` }}
    >
      <g
        transform="translate(10 10) scale(0.58)"
        fill="none"
        stroke={`hsl(${hue} 45% 32%)`}
        strokeWidth="2.6"
        strokeLinecap="round"
        strokeLinejoin="round"
      >
        <path d="M10 16h28l-2 24H12z" />
        <path d="M18 16v-3a6 6 0 0 1 12 0v3" />
      </g>
    </svg>
  );
}
