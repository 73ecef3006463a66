/** The product side of the cross-service tests: a fresh product with known stock, and its stock now. */
import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { Session } from '../../support/accounts.ts';
import { call } from '../../support/http.ts';

export interface Product {
  id: string;
  name: string;
  stock: number;
  price: { amount: number; currency: string };
}

/** A product of the seller's own, so no other test (or the seed) shares its stock. */
export async function newProduct(
  baseUrl: string,
  seller: Session,
  stock: number,
  price = 149_900,
): Promise<Product> {
  const reply = await call<Product>(baseUrl, 'product', 'POST', '/products', {
    token: seller.token,
    body: {
      sku: `TEST-${randomUUID().slice(0, 8).toUpperCase()}`,
      name: `Test lamp ${randomUUID().slice(0, 6)}`,
      brand: 'Testware',
      category: 'home-kitchen',
      description: 'A lamp made for the cross-service tests.',
      highlights: ['Warm light'],
      attributes: [],
      tags: ['lamp'],
      images: [],
      price: { amount: price, currency: 'INR' },
      listPrice: null,
      stock,
    },
  });
  expect(reply.status, JSON.stringify(reply.body)).toBe(201);
  return reply.body;
}

export async function product(baseUrl: string, id: string): Promise<Product> {
  const reply = await call<Product>(baseUrl, 'product', 'GET', `/products/${id}`);
  expect(reply.status).toBe(200);
  return reply.body;
}

/** A delivery address in the given pincode (560001: Bengaluru, served; 999999: not served). */
export const address = (pincode = '560001') => ({
  name: 'Test Shopper',
  phone: '+919800000042',
  line1: '12 MG Road',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode,
});
