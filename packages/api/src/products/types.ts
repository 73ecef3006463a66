/** The product service's API shapes (services/product/src/schemas.ts), as the browser receives them. */
import type { Money } from '../money.ts';

export interface CategoryRef {
  slug: string;
  name: string;
}

export interface ProductImage {
  url: string;
  alt: string;
}

export interface ProductSummary {
  id: string;
  sku: string;
  name: string;
  brand: string;
  category: CategoryRef;
  price: Money;
  /** The MRP when the price is discounted. */
  listPrice: Money | null;
  discountPercent: number | null;
  stock: number;
  inStock: boolean;
  rating: { average: number; count: number };
  images: ProductImage[];
}

export interface Product extends ProductSummary {
  description: string;
  highlights: string[];
  attributes: { name: string; value: string }[];
  tags: string[];
  createdAt: string;
  updatedAt: string;
}

export const productSorts = ['featured', 'price_asc', 'price_desc', 'rating', 'newest', 'name'] as const;
export type ProductSort = (typeof productSorts)[number];

export interface ProductListQuery {
  q?: string;
  category?: string;
  brand?: string;
  /** Paise. */
  minPrice?: number;
  /** Paise. */
  maxPrice?: number;
  inStock?: boolean;
  sort?: ProductSort;
  /** 1 to 60; the service's default is 24. */
  limit?: number;
  /** `nextCursor` of the previous page. */
  cursor?: string;
}

export interface ProductList {
  items: ProductSummary[];
  total: number;
  nextCursor: string | null;
}

export interface Category {
  slug: string;
  name: string;
  description: string;
  productCount: number;
}
