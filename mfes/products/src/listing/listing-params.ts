/**
 * The listing's state lives in the URL (shareable, back-button friendly). Prices are in rupees in the URL
 * and the form, as shoppers think of them, and in paise for the API. Values the service would reject
 * (an unknown sort, a negative price) are dropped here, so a hand-edited URL still shows products.
 */
import { type ProductListQuery, type ProductSort, productSorts } from '@emporium/api';

export interface ListingFilters {
  q?: string;
  category?: string;
  brand?: string;
  /** Rupees. */
  minPrice?: number;
  /** Rupees. */
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
}

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

function text(params: URLSearchParams, key: string, max: number): string | undefined {
  const value = params.get(key)?.trim();
  return value ? value.slice(0, max) : undefined;
}

function rupees(params: URLSearchParams, key: string): number | undefined {
  const raw = params.get(key);
  if (raw === null || raw.trim() === '') return undefined;
  const value = Number(raw);
  return Number.isFinite(value) && value >= 0 ? value : undefined;
}

export function readFilters(params: URLSearchParams): ListingFilters {
  const category = params.get('category') ?? '';
  const sort = params.get('sort') as ProductSort | null;
  return {
    q: text(params, 'q', 100),
    category: slug.test(category) ? category : undefined,
    brand: text(params, 'brand', 80),
    minPrice: rupees(params, 'minPrice'),
    maxPrice: rupees(params, 'maxPrice'),
    inStock: params.get('inStock') === 'true' || undefined,
    sort: sort && productSorts.includes(sort) ? sort : undefined,
  };
}

const paise = (value: number | undefined) => (value === undefined ? undefined : Math.round(value * 100));

/** The API query for the first page of the listing. */
export function toQuery(filters: ListingFilters): ProductListQuery {
  return {
    q: filters.q,
    category: filters.category,
    brand: filters.brand,
    minPrice: paise(filters.minPrice),
    maxPrice: paise(filters.maxPrice),
    inStock: filters.inStock,
    sort: filters.sort,
  };
}

export type FilterChange = { [K in keyof ListingFilters]?: ListingFilters[K] | undefined };

/** New search params with `change` applied; unset values disappear from the URL. */
export function withFilters(params: URLSearchParams, change: FilterChange): URLSearchParams {
  const next = new URLSearchParams(params);
  for (const [key, value] of Object.entries(change)) {
    if (value === undefined || value === '' || value === false) next.delete(key);
    else next.set(key, String(value));
  }
  return next;
}

/** A link's search string for the listing with `change` applied, for example `?category=books`. */
export function searchWith(params: URLSearchParams, change: FilterChange): string {
  const next = withFilters(params, change).toString();
  return next ? `?${next}` : '';
}
