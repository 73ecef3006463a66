/**
 * The product service's API types: what clients send and receive. Money is an integer amount in minor
 * units (paise) with its currency, never a float.
 */
import { Money } from '@emporium/service-kit';
import { type Static, Type } from 'typebox';

export const slugPattern = '^[a-z0-9]+(?:-[a-z0-9]+)*$';
const Slug = Type.String({ pattern: slugPattern, minLength: 1, maxLength: 80 });

export { Money };

export const CategoryRef = Type.Object({ slug: Type.String(), name: Type.String() });

export const Image = Type.Object({ url: Type.String(), alt: Type.String() });

export const Rating = Type.Object({
  average: Type.Number({ minimum: 0, maximum: 5 }),
  count: Type.Integer({ minimum: 0 }),
});

export const ProductSummary = Type.Object({
  id: Type.String(),
  sku: Type.String(),
  name: Type.String(),
  brand: Type.String(),
  category: CategoryRef,
  price: Money,
  listPrice: Type.Union([Money, Type.Null()], { description: 'The MRP when the price is discounted' }),
  discountPercent: Type.Union([Type.Integer(), Type.Null()]),
  stock: Type.Integer({ minimum: 0 }),
  inStock: Type.Boolean(),
  rating: Rating,
  images: Type.Array(Image),
});

export const Product = Type.Object({
  ...ProductSummary.properties,
  description: Type.String(),
  highlights: Type.Array(Type.String()),
  attributes: Type.Array(Type.Object({ name: Type.String(), value: Type.String() })),
  tags: Type.Array(Type.String()),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
});

export const sorts = ['featured', 'price_asc', 'price_desc', 'rating', 'newest', 'name'] as const;
export type SortName = (typeof sorts)[number];

export const ProductListQuery = Type.Object(
  {
    q: Type.Optional(Type.String({ minLength: 1, maxLength: 100, description: 'Words to search for' })),
    category: Type.Optional(Slug),
    brand: Type.Optional(Type.String({ minLength: 1, maxLength: 80 })),
    minPrice: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e12, description: 'Minor units' })),
    maxPrice: Type.Optional(Type.Integer({ minimum: 0, maximum: 1e12, description: 'Minor units' })),
    inStock: Type.Optional(Type.Boolean()),
    sort: Type.Optional(
      Type.Union(
        sorts.map((s) => Type.Literal(s)),
        { default: 'featured' },
      ),
    ),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 24 })),
    cursor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 512, description: 'nextCursor of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export type ProductListQuery = Static<typeof ProductListQuery>;

export const ProductList = Type.Object({
  items: Type.Array(ProductSummary),
  total: Type.Integer({ description: 'Products matching the filters, over all pages' }),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export const ProductParams = Type.Object({ productId: Slug }, { additionalProperties: false });

export const BatchRequest = Type.Object(
  { ids: Type.Array(Slug, { minItems: 1, maxItems: 100, uniqueItems: true }) },
  { additionalProperties: false },
);

export const BatchResponse = Type.Object({
  items: Type.Array(Product, { description: 'Found products, in the order asked for' }),
  missing: Type.Array(Type.String()),
});

export const Category = Type.Object({
  slug: Type.String(),
  name: Type.String(),
  description: Type.String(),
  productCount: Type.Integer({ minimum: 0 }),
});

export const CategoryList = Type.Object({ items: Type.Array(Category) });
export const CategoryParams = Type.Object({ slug: Slug }, { additionalProperties: false });

export type ProductSummaryBody = Static<typeof ProductSummary>;
export type ProductBody = Static<typeof Product>;
export type CategoryBody = Static<typeof Category>;
