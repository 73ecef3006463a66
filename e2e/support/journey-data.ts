/**
 * What the journey needs to know from the services before the browser shows it: the live home-page
 * banners, and a product worth the walk (in stock, dear enough for WELCOME10, findable by its name).
 */
import { call } from './http.ts';

export interface Banner {
  id: string;
  title: string;
}

export interface JourneyProduct {
  id: string;
  name: string;
  price: { amount: number };
  stock: number;
  inStock: boolean;
}

interface ProductPage {
  items: JourneyProduct[];
  total: number;
}

export async function liveBanners(baseUrl: string, placement: string): Promise<Banner[]> {
  const reply = await call<{ items: Banner[] }>(baseUrl, 'content', 'GET', `/banners?placement=${placement}`);
  if (reply.status !== 200) throw new Error(`content service answered ${reply.status}`);
  return reply.body.items;
}

export async function productList(baseUrl: string, query: string): Promise<ProductPage> {
  const reply = await call<ProductPage>(baseUrl, 'product', 'GET', `/products?${query}`);
  if (reply.status !== 200) throw new Error(`product service answered ${reply.status}`);
  return reply.body;
}

/** WELCOME10's minimum order (₹999, in paise): the product alone must reach it. */
const couponMinimum = 99_900;

/** The shopper filters the search results to in stock only, from ₹999 (the coupon's minimum). */
export const minPriceRupees = couponMinimum / 100;
const filterQuery = `inStock=true&minPrice=${couponMinimum}`;

/**
 * A product in stock (a few left over for other tests), priced for WELCOME10, whose first two words find
 * it among the first page of results with the journey's filters, so the shopper can search, filter and
 * click it. Preferably one whose search also finds products the filters leave out, so they visibly narrow.
 */
export async function journeyProduct(baseUrl: string): Promise<{ product: JourneyProduct; query: string }> {
  const candidates = await productList(baseUrl, `${filterQuery}&sort=rating&limit=30`);
  let fallback: { product: JourneyProduct; query: string } | undefined;
  for (const product of candidates.items) {
    if (product.stock < 5) continue;
    const query = product.name.split(/\s+/).slice(0, 2).join(' ');
    const q = `q=${encodeURIComponent(query)}`;
    const filtered = await productList(baseUrl, `${q}&${filterQuery}&limit=24`);
    if (!filtered.items.some((p) => p.id === product.id)) continue;
    const all = await productList(baseUrl, `${q}&limit=1`);
    if (all.total > filtered.total && filtered.total > 1) return { product, query };
    fallback ??= { product, query };
  }
  if (fallback) return fallback;
  throw new Error('no in-stock product over ₹999 that its own name finds: is the catalog seeded?');
}
