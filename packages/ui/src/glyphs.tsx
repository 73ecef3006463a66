/**
 * One simple line drawing per category, on a 48×48 grid, for product artwork when a product has no photo.
 */
import type { ReactNode } from 'react';

export const glyphs: Record<string, ReactNode> = {
  electronics: (
    <>
      <path d="M10 30v-5a14 14 0 0 1 28 0v5" />
      <rect x="8" y="28" width="8" height="12" rx="3" />
      <rect x="32" y="28" width="8" height="12" rx="3" />
    </>
  ),
  mobiles: (
    <>
      <rect x="15" y="6" width="18" height="36" rx="4" />
      <path d="M21 36h6" />
    </>
  ),
  computers: (
    <>
      <rect x="10" y="11" width="28" height="19" rx="2" />
      <path d="M5 35h38l-3 4H8z" />
    </>
  ),
  'home-kitchen': (
    <>
      <path d="M9 21h30v12a7 7 0 0 1-7 7H16a7 7 0 0 1-7-7z" />
      <path d="M13 21a11 5 0 0 1 22 0M22 12h4M24 12v4M9 25H5M39 25h4" />
    </>
  ),
  furniture: (
    <>
      <path d="M11 22v-6a4 4 0 0 1 4-4h18a4 4 0 0 1 4 4v6" />
      <rect x="6" y="22" width="36" height="12" rx="4" />
      <path d="M11 34v5M37 34v5M14 28h20" />
    </>
  ),
  'fashion-men': <path d="M18 7l-10 5 3 9 4-2v21h18V19l4 2 3-9-10-5c-1 3-3 5-6 5s-5-2-6-5z" />,
  'fashion-women': (
    <>
      <path d="M19 6h10l-2 10 9 26H12l9-26z" />
      <path d="M21 16h6" />
    </>
  ),
  footwear: (
    <>
      <path d="M6 35V19h7c1 4 4 6 8 6 5 4 11 5 17 5a4 4 0 0 1 4 4v1z" />
      <path d="M6 39h36M17 23l2-3M22 25l2-3" />
    </>
  ),
  beauty: (
    <>
      <rect x="15" y="19" width="18" height="23" rx="4" />
      <path d="M20 19v-6h8v6M22 8h4M20 30h8" />
    </>
  ),
  'sports-outdoors': (
    <>
      <circle cx="24" cy="24" r="16" />
      <path d="M13 13c6 5 6 17 0 22M35 13c-6 5-6 17 0 22" />
    </>
  ),
  books: (
    <>
      <path d="M7 10h12a5 5 0 0 1 5 5v25a4 4 0 0 0-4-4H7z" />
      <path d="M41 10H29a5 5 0 0 0-5 5v25a4 4 0 0 1 4-4h13z" />
    </>
  ),
  'toys-games': (
    <>
      <rect x="7" y="25" width="15" height="15" rx="2" />
      <rect x="26" y="25" width="15" height="15" rx="2" />
      <rect x="16.5" y="8" width="15" height="15" rx="2" />
    </>
  ),
};

/** A shopping bag, for categories without a drawing of their own. */
export const defaultGlyph: ReactNode = (
  <>
    <path d="M10 16h28l-2 24H12z" />
    <path d="M18 16v-3a6 6 0 0 1 12 0v3" />
  </>
);
