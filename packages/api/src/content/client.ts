/**
 * The content service, typed: CMS pages, banners and FAQs. Everything here is public (no sign-in), and
 * the service only ever answers published items (banners also only inside their schedule window).
 */
import { apiPrefix } from '@emporium/registry';
import { getJson } from '../client.ts';
import type { CallOptions } from '../products/client.ts';
import type {
  Banner,
  BannerPlacement,
  ContentPage,
  Faq,
  FaqCategory,
  FaqQuery,
  PageSummary,
} from './types.ts';

const base = apiPrefix('content');

/** Only the parameters that are set: the service rejects empty ones with a 400. */
function faqParams(query: FaqQuery): URLSearchParams {
  const params = new URLSearchParams();
  if (query.category) params.set('category', query.category);
  const q = query.q?.trim();
  if (q) params.set('q', q.slice(0, 100));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  return params;
}

export const contentApi = {
  async listPages(options: CallOptions = {}): Promise<PageSummary[]> {
    const { items } = await getJson<{ items: PageSummary[] }>(`${base}/pages`, options);
    return items;
  },
  getPage(slug: string, options: CallOptions = {}): Promise<ContentPage> {
    return getJson<ContentPage>(`${base}/pages/${encodeURIComponent(slug)}`, options);
  },
  /** Live banners for a placement, highest priority first. */
  async listBanners(placement: BannerPlacement, options: CallOptions = {}): Promise<Banner[]> {
    const { items } = await getJson<{ items: Banner[] }>(`${base}/banners`, {
      searchParams: { placement },
      ...options,
    });
    return items;
  },
  async listFaqs(query: FaqQuery = {}, options: CallOptions = {}): Promise<Faq[]> {
    const { items } = await getJson<{ items: Faq[] }>(`${base}/faqs`, {
      searchParams: faqParams(query),
      ...options,
    });
    return items;
  },
  async listFaqCategories(options: CallOptions = {}): Promise<FaqCategory[]> {
    const { items } = await getJson<{ items: FaqCategory[] }>(`${base}/faqs/categories`, options);
    return items;
  },
};
