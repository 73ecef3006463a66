/** Shopper actions the checkout tests repeat. */
import type { TestTokenClaims } from '@emporium/service-kit/testing';
import { expect } from 'vitest';
import { checkoutBody, idempotencyKey, seedProduct } from './fixtures.ts';
import type { CartHarness } from './harness.ts';

export interface LineSpec {
  price?: number;
  stock?: number;
  quantity: number;
}

/** Seeds a product per line and puts it in the customer's cart; returns the product ids. */
export async function fillCart(h: CartHarness, as: TestTokenClaims, lines: LineSpec[]): Promise<string[]> {
  const ids: string[] = [];
  for (const line of lines) {
    const id = await seedProduct(h, { price: line.price ?? 49900, stock: line.stock ?? 20 });
    const res = await h.call('POST', '/cart/items', { as, body: { productId: id, quantity: line.quantity } });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    ids.push(id);
  }
  return ids;
}

export function checkout(
  h: CartHarness,
  as: TestTokenClaims,
  { key = idempotencyKey(), body = checkoutBody() }: { key?: string; body?: unknown } = {},
) {
  return h.call('POST', '/checkout', { as, body, headers: { 'idempotency-key': key } });
}
