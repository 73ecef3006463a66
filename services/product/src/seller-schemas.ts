/**
 * What sellers send and receive when they manage their own products. Prices are Money objects like the
 * responses (integer paise, INR only: the catalog has one currency). Pricing invariants that one field
 * cannot express (listPrice >= price) are checked by the seller catalog after merging a change.
 */
import { type Static, Type } from 'typebox';
import { Product, slugPattern } from './schemas.ts';

const maxPaise = 100_000_000_00; // ₹10 crore: far above anything sold here, far below float trouble.

export const MoneyInput = Type.Object(
  {
    amount: Type.Integer({ minimum: 1, maximum: maxPaise, description: 'Minor units (paise)' }),
    currency: Type.Literal('INR'),
  },
  { additionalProperties: false },
);

const Text = (maxLength: number, minLength = 1) => Type.String({ minLength, maxLength });

const ImageInput = Type.Object(
  {
    url: Type.String({ pattern: '^https?://\\S+$', maxLength: 2000 }),
    alt: Text(200, 0),
  },
  { additionalProperties: false },
);

const AttributeInput = Type.Object({ name: Text(60), value: Text(200) }, { additionalProperties: false });

/** Every field a seller may set; create needs most of them, update any non-empty subset. */
const editable = {
  name: Text(120, 3),
  brand: Text(80),
  description: Text(5000, 20),
  highlights: Type.Array(Text(200), { maxItems: 10 }),
  attributes: Type.Array(AttributeInput, { maxItems: 30 }),
  price: MoneyInput,
  listPrice: Type.Union([MoneyInput, Type.Null()], { description: 'The MRP; null when not discounted' }),
  stock: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
  images: Type.Array(ImageInput, { maxItems: 10 }),
  tags: Type.Array(Text(40), { maxItems: 20, uniqueItems: true }),
  category: Type.String({ pattern: slugPattern, minLength: 1, maxLength: 80 }),
};

export const CreateProductRequest = Type.Object(
  {
    sku: Type.String({
      pattern: '^[A-Z0-9][A-Z0-9-]{2,39}$',
      description: "The seller's stock-keeping unit: upper-case letters, digits and dashes; unique",
    }),
    name: editable.name,
    brand: editable.brand,
    category: editable.category,
    description: editable.description,
    highlights: Type.Optional(editable.highlights),
    attributes: Type.Optional(editable.attributes),
    price: editable.price,
    listPrice: Type.Optional(editable.listPrice),
    stock: editable.stock,
    images: Type.Optional(editable.images),
    tags: Type.Optional(editable.tags),
  },
  { additionalProperties: false },
);

export const UpdateProductRequest = Type.Object(
  {
    name: Type.Optional(editable.name),
    brand: Type.Optional(editable.brand),
    description: Type.Optional(editable.description),
    highlights: Type.Optional(editable.highlights),
    attributes: Type.Optional(editable.attributes),
    price: Type.Optional(editable.price),
    listPrice: Type.Optional(editable.listPrice),
    stock: Type.Optional(editable.stock),
    images: Type.Optional(editable.images),
    tags: Type.Optional(editable.tags),
    category: Type.Optional(editable.category),
  },
  { additionalProperties: false, minProperties: 1 },
);

export const SellerProduct = Type.Object({
  ...Product.properties,
  sellerId: Type.String(),
  status: Type.Union([Type.Literal('active'), Type.Literal('archived')]),
});

export const SellerProductListQuery = Type.Object(
  {
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 60, default: 24 })),
    cursor: Type.Optional(
      Type.String({ minLength: 1, maxLength: 512, description: 'nextCursor of the previous page' }),
    ),
  },
  { additionalProperties: false },
);

export const SellerProductList = Type.Object({
  items: Type.Array(SellerProduct, { description: 'Newest first, archived ones included' }),
  total: Type.Integer(),
  nextCursor: Type.Union([Type.String(), Type.Null()]),
});

export type CreateProductRequest = Static<typeof CreateProductRequest>;
export type UpdateProductRequest = Static<typeof UpdateProductRequest>;
export type SellerProductBody = Static<typeof SellerProduct>;
export type SellerProductListQuery = Static<typeof SellerProductListQuery>;
