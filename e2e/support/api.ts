/** Reads the product API directly, to compare what the browser shows with what the service holds. */
import { apiPrefix } from '@emporium/registry';

export interface ListedProduct {
  id: string;
  name: string;
  category: { slug: string; name: string };
}

export async function listProducts(
  baseUrl: string,
  query = '',
): Promise<{ items: ListedProduct[]; total: number }> {
  const res = await fetch(`${baseUrl}${apiPrefix('product')}/products?${query}`);
  if (!res.ok) throw new Error(`product API answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as { items: ListedProduct[]; total: number };
}
