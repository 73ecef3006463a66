/** Where things are, so links never spell paths by hand. */
import { mfe } from '@emporium/registry';

const pagesRoute = mfe('content').route;
const productsRoute = mfe('products').route;

/** The FAQs' segment under /pages; no CMS page uses this slug. */
export const faqPath = 'help';

export const paths = {
  pages: pagesRoute,
  page: (slug: string) => `${pagesRoute}/${encodeURIComponent(slug)}`,
  faqs: `${pagesRoute}/${faqPath}`,
  products: productsRoute,
  product: (id: string) => `${productsRoute}/${encodeURIComponent(id)}`,
  category: (slug: string) => `${productsRoute}?category=${encodeURIComponent(slug)}`,
};
