/** The product writes the drills make: a seller's new product, with a name no other write shares. */
import { randomUUID } from 'node:crypto';
import { apiPrefix } from '@emporium/registry';
import { send } from './load.ts';

export function newProductBody(stock: number, price = 149_900) {
  const tag = randomUUID().slice(0, 8);
  return {
    sku: `DRILL-${tag.toUpperCase()}`,
    name: `Drill lamp ${tag}`,
    brand: 'Drillware',
    category: 'home-kitchen',
    description: 'A lamp made by the reliability drills.',
    highlights: ['Warm light'],
    attributes: [],
    tags: ['lamp'],
    images: [],
    price: { amount: price, currency: 'INR' },
    listPrice: null,
    stock,
  };
}

/** Creates a product as the seller (through `baseUrl`, a gateway); its id, or the failing answer. */
export async function createProduct(baseUrl: string, sellerToken: string, stock: number) {
  const reply = await send(`${baseUrl}${apiPrefix('product')}/products`, {
    method: 'POST',
    headers: { authorization: `Bearer ${sellerToken}` },
    body: newProductBody(stock),
  });
  return { ...reply, id: reply.status === 201 ? String(reply.body.id) : undefined };
}

/** The product's stock now, read from the product service (undefined when it is not found). */
export async function stockOf(productServiceUrl: string, id: string): Promise<number | undefined> {
  const reply = await send(`${productServiceUrl}${apiPrefix('product')}/products/${id}`);
  return reply.status === 200 ? Number(reply.body.stock) : undefined;
}
