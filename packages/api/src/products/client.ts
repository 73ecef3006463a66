/**
 * The product service, typed. Paths come from the registry's API prefix, so the client follows the
 * gateway and Ingress routes without repeating them.
 */
import { apiPrefix } from '@emporium/registry';
import { getJson } from '../client.ts';
import type { Category, Product, ProductList, ProductListQuery } from './types.ts';

const base = apiPrefix('product');

export interface CallOptions {
  signal?: AbortSignal;
}

/** Only the parameters that are set: the service rejects unknown and empty ones with a 400. */
function searchParams(query: ProductListQuery): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query) as [string, unknown][]) {
    if (value === undefined || value === null || value === '') continue;
    params.set(key, String(value));
  }
  return params;
}

export const productsApi = {
  listProducts(query: ProductListQuery = {}, options: CallOptions = {}): Promise<ProductList> {
    return getJson<ProductList>(`${base}/products`, { searchParams: searchParams(query), ...options });
  },
  getProduct(id: string, options: CallOptions = {}): Promise<Product> {
    return getJson<Product>(`${base}/products/${encodeURIComponent(id)}`, options);
  },
  async listCategories(options: CallOptions = {}): Promise<Category[]> {
    const { items } = await getJson<{ items: Category[] }>(`${base}/categories`, options);
    return items;
  },
};
