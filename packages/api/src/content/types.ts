/** The content service's public API shapes (services/content/src/schemas/), as the browser receives them. */

export interface ContentImage {
  url: string;
  /** Empty only for decorative images. */
  alt: string;
}

/** A CMS page's body is typed blocks, never HTML: the page renders each block itself. */
export type PageBlock =
  | { type: 'heading'; text: string; level: 2 | 3 }
  | { type: 'paragraph'; text: string }
  | { type: 'list'; style: 'bulleted' | 'numbered'; items: string[] }
  | { type: 'image'; image: ContentImage; caption?: string };

export interface PageSummary {
  slug: string;
  title: string;
  summary: string;
}

export interface ContentPage extends PageSummary {
  body: PageBlock[];
  seo: { title: string; description: string };
  publishedAt: string;
  updatedAt: string;
}

/** `home-hero`, `home-strip` or `category:<category slug>`. */
export type BannerPlacement = 'home-hero' | 'home-strip' | `category:${string}`;

export interface Banner {
  id: string;
  title: string;
  subtitle: string;
  /** null: the page draws the banner from its text on generated artwork. */
  image: ContentImage | null;
  /** A path on this site, such as `/products?category=mobiles`. */
  link: string;
  placement: string;
  /** Higher shows first; the service already sorts by it. */
  priority: number;
}

export interface Faq {
  id: string;
  /** The category's slug. */
  category: string;
  question: string;
  answer: string;
  position: number;
}

export interface FaqCategory {
  slug: string;
  name: string;
  /** Published FAQs in the category. */
  count: number;
}

export interface FaqQuery {
  category?: string;
  /** Words; each must start a word of the question or answer. */
  q?: string;
  /** 1 to 100. */
  limit?: number;
}
