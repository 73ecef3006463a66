/** Test data: products in the product service's database, shoppers, coupons, addresses. */
import { randomUUID } from 'node:crypto';
import type { TestTokenClaims } from '@emporium/service-kit/testing';
import type { ProductDocument } from '../../../product/src/catalog/documents.ts';
import type { CouponDocument } from '../../src/coupons/documents.ts';
import { pincodes } from './dependencies.ts';
import type { CartHarness } from './harness.ts';

let counter = 0;
const unique = () => `${Date.now().toString(36)}${(counter++).toString(36)}${randomUUID().slice(0, 4)}`;

export const inr = (amount: number) => ({ amount, currency: 'INR' });

/** A new customer for each test, so per-customer coupon limits and carts never leak between tests. */
export function customer(): TestTokenClaims {
  return { id: `cust-${unique()}`, type: 'customer', name: 'Test Customer' };
}
export const seller: TestTokenClaims = { id: 'seller-0001', type: 'seller', name: 'Test Seller' };
export const admin: TestTokenClaims = { id: 'admin-0001', type: 'admin', name: 'Test Admin' };

export const guestId = () => `guest-${unique()}`;
export const idempotencyKey = () => `key-${unique()}`;

/** Puts a product straight into the product service's database; returns its id. */
export async function seedProduct(
  h: CartHarness,
  {
    price = 49900,
    stock = 20,
    name,
    status = 'active',
  }: { price?: number; stock?: number; name?: string; status?: 'active' | 'archived' } = {},
): Promise<string> {
  const id = `test-product-${unique()}`.toLowerCase();
  const now = new Date();
  const doc: ProductDocument = {
    _id: id,
    sku: `TS-TST-${unique()}`,
    sellerId: 'seller-0001',
    status,
    name: name ?? `Handloom Cotton Towel ${id.slice(-6)}`,
    brand: 'Test Looms',
    category: 'home-kitchen',
    description: 'A soft handloom cotton towel woven for the test suite.',
    highlights: ['Handloom cotton'],
    attributes: [],
    price,
    listPrice: null,
    currency: 'INR',
    stock,
    rating: { average: 0, count: 0 },
    popularity: 1,
    tags: ['test'],
    images: [{ url: `https://images.example.in/${id}.jpg`, alt: 'towel' }],
    searchTerms: ['towel'],
    nameKey: id,
    createdAt: now,
    updatedAt: now,
  };
  await h.products().insertOne(doc);
  return id;
}

export async function setProduct(
  h: CartHarness,
  id: string,
  fields: Partial<ProductDocument>,
): Promise<void> {
  await h.products().updateOne({ _id: id }, { $set: fields });
}

export async function stockOf(h: CartHarness, id: string): Promise<number | undefined> {
  return (await h.products().findOne({ _id: id }))?.stock;
}

/** A coupon as the cart stores it: 10% off, once per customer, no other limit, active. */
export function couponDocument(
  code: string,
  fields: Partial<Omit<CouponDocument, '_id'>> = {},
): CouponDocument {
  const now = new Date();
  return {
    _id: code,
    description: 'Test coupon',
    kind: 'percentage',
    percentOff: 10,
    maxDiscount: null,
    amountOff: null,
    minOrder: 0,
    startsAt: null,
    expiresAt: null,
    usageLimit: null,
    perUserLimit: 1,
    active: true,
    createdAt: now,
    updatedAt: now,
    ...fields,
  };
}

/** A coupon straight into the cart database, with a code unique to the test. */
export async function seedCoupon(
  h: CartHarness,
  fields: Partial<Omit<CouponDocument, '_id'>> & { code?: string } = {},
): Promise<string> {
  const code =
    fields.code ??
    `T${unique()
      .replace(/[^a-z0-9]/gi, '')
      .toUpperCase()
      .slice(0, 15)}`;
  const { code: _ignored, ...rest } = fields;
  await h.coupons().insertOne(couponDocument(code, rest));
  return code;
}

export function address(pincode: string = pincodes.metro) {
  return {
    name: 'Asha Verma',
    phone: '+919800000001',
    line1: '12, 4th Cross, Indiranagar',
    landmark: 'Near the metro station',
    city: 'Bengaluru',
    state: 'Karnataka',
    pincode,
  };
}

export const checkoutBody = (pincode?: string) => ({
  shippingAddress: address(pincode),
  paymentMethod: 'cod',
});
