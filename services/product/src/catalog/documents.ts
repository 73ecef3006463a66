/**
 * How products and categories are stored, and how a stored product becomes an API response.
 * Stored fields that only serve queries (searchTerms, nameKey, popularity) never leave the service.
 */
import type { ProductBody, ProductSummaryBody } from '../schemas.ts';
import type { SellerProductBody } from '../seller-schemas.ts';

/** Archived products stay stored (orders and reservations refer to them) but shoppers no longer see them. */
export type ProductStatus = 'active' | 'archived';

export interface ProductDocument {
  _id: string;
  sku: string;
  /** The seller who owns the product and alone (with admins) may change it. */
  sellerId: string;
  status: ProductStatus;
  name: string;
  brand: string;
  category: string;
  description: string;
  highlights: string[];
  attributes: { name: string; value: string }[];
  /** Minor units. */
  price: number;
  listPrice: number | null;
  currency: string;
  stock: number;
  rating: { average: number; count: number };
  popularity: number;
  tags: string[];
  images: { url: string; alt: string }[];
  /** Lower-cased words and stems of name, brand, category and tags: prefix search without $text. */
  searchTerms: string[];
  /** Lower-cased name for sorting by name. */
  nameKey: string;
  createdAt: Date;
  updatedAt: Date;
}

export interface CategoryDocument {
  _id: string;
  name: string;
  description: string;
  position: number;
}

export type CategoryNames = ReadonlyMap<string, string>;

function money(amount: number, currency: string) {
  return { amount, currency };
}

export function toSummary(doc: ProductDocument, categories: CategoryNames): ProductSummaryBody {
  const discounted = doc.listPrice !== null && doc.listPrice > doc.price;
  return {
    id: doc._id,
    sku: doc.sku,
    name: doc.name,
    brand: doc.brand,
    category: { slug: doc.category, name: categories.get(doc.category) ?? doc.category },
    price: money(doc.price, doc.currency),
    listPrice: discounted && doc.listPrice !== null ? money(doc.listPrice, doc.currency) : null,
    discountPercent: discounted && doc.listPrice ? Math.round((1 - doc.price / doc.listPrice) * 100) : null,
    stock: doc.stock,
    inStock: doc.stock > 0,
    rating: doc.rating,
    images: doc.images,
  };
}

export function toProduct(doc: ProductDocument, categories: CategoryNames): ProductBody {
  return {
    ...toSummary(doc, categories),
    description: doc.description,
    highlights: doc.highlights,
    attributes: doc.attributes,
    tags: doc.tags,
    createdAt: doc.createdAt.toISOString(),
    updatedAt: doc.updatedAt.toISOString(),
  };
}

/** What the owning seller (or an admin) sees: the product plus who owns it and whether it is archived. */
export function toSellerProduct(doc: ProductDocument, categories: CategoryNames): SellerProductBody {
  return { ...toProduct(doc, categories), sellerId: doc.sellerId, status: doc.status };
}

/** Only what list pages need is read from the database. */
export const summaryProjection = {
  sku: 1,
  name: 1,
  brand: 1,
  category: 1,
  price: 1,
  listPrice: 1,
  currency: 1,
  stock: 1,
  rating: 1,
  images: 1,
  popularity: 1,
  nameKey: 1,
  createdAt: 1,
} as const;
