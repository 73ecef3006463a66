/**
 * Colours for a banner that has no image: a gradient chosen from its id, so each banner keeps its look
 * from visit to visit and neighbours differ. Hues stay within the brand's warm family (rani pink, plum,
 * indigo, teal, marigold) so a generated banner never looks like it belongs to another shop.
 */

/** A small, stable string hash (FNV-1a). */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

const palettes = [
  ['#b4235a', '#6d1f6e', '#3b1f63'],
  ['#3b1f63', '#2b59c3', '#0f766e'],
  ['#c2410c', '#b4235a', '#6d1f6e'],
  ['#0f766e', '#155e75', '#3b1f63'],
  ['#8f1746', '#b45309', '#f4a300'],
] as const;

export interface BannerPalette {
  from: string;
  via: string;
  to: string;
  /** 0..1, where the light spot sits across the banner. */
  glow: number;
}

export function bannerPalette(id: string): BannerPalette {
  const h = hash(id);
  const [from, via, to] = palettes[h % palettes.length] ?? palettes[0];
  return { from, via, to, glow: ((h >> 8) % 60) / 100 + 0.35 };
}
