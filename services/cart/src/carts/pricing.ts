/**
 * Prices stored cart lines against the catalog: the current price and stock of each product, the issues
 * the shopper should see, and the snapshot updates that acknowledge a price change once it was shown.
 * Pure: the caller fetches the products (or has none, when the product service is down).
 */

import { type CatalogProduct, firstImage } from '../dependencies/product.ts';
import { formatRupees, money } from '../money.ts';
import type { CartIssueBody, CartItemBody } from '../schemas/cart.ts';
import type { StoredLine } from './documents.ts';

export interface PricedLines {
  items: CartItemBody[];
  /** Minor units, over the lines that can be bought now. */
  subtotal: number;
  /** Units that can be bought now. */
  itemCount: number;
  issues: CartIssueBody[];
  /** Lines whose snapshot differs from the catalog: the updated snapshots, to store once shown. */
  refreshed: StoredLine[];
  /** Lines the shopper can't check out as they are (gone, out of stock, more than the stock). */
  blocked: {
    productId: string;
    code: 'PRODUCT_UNAVAILABLE' | 'OUT_OF_STOCK' | 'INSUFFICIENT_STOCK';
    message: string;
  }[];
}

/** Lines priced from the catalog (`products` has every product that still exists). */
export function priceLines(
  lines: readonly StoredLine[],
  products: ReadonlyMap<string, CatalogProduct>,
): PricedLines {
  const priced: PricedLines = {
    items: [],
    subtotal: 0,
    itemCount: 0,
    issues: [],
    refreshed: [],
    blocked: [],
  };
  for (const line of lines) {
    const product = products.get(line.productId);
    if (!product) {
      const message = `${line.name} is no longer sold; remove it to check out`;
      priced.items.push(itemFrom(line, line.unitPrice, false, 0));
      priced.issues.push({ code: 'PRODUCT_UNAVAILABLE', productId: line.productId, message });
      priced.blocked.push({ productId: line.productId, code: 'PRODUCT_UNAVAILABLE', message });
      continue;
    }
    const price = product.price.amount;
    const snapshot = { name: product.name, image: firstImage(product), unitPrice: price };
    priced.items.push({ ...itemFrom({ ...line, ...snapshot }, price, product.stock > 0, product.stock) });
    if (price !== line.unitPrice) {
      priced.issues.push({
        code: 'PRICE_CHANGED',
        productId: line.productId,
        message: `The price of ${product.name} went ${price > line.unitPrice ? 'up' : 'down'} from ${formatRupees(line.unitPrice)} to ${formatRupees(price)} since you added it`,
      });
    }
    if (price !== line.unitPrice || snapshot.name !== line.name || snapshot.image !== line.image) {
      priced.refreshed.push({ ...line, ...snapshot, currency: product.price.currency });
    }
    if (product.stock <= 0) {
      const message = `${product.name} is out of stock`;
      priced.issues.push({ code: 'OUT_OF_STOCK', productId: line.productId, message });
      priced.blocked.push({ productId: line.productId, code: 'OUT_OF_STOCK', message });
      continue;
    }
    if (product.stock < line.quantity) {
      const message = `Only ${product.stock} of ${product.name} left; lower the quantity to check out`;
      priced.issues.push({ code: 'INSUFFICIENT_STOCK', productId: line.productId, message });
      priced.blocked.push({ productId: line.productId, code: 'INSUFFICIENT_STOCK', message });
    }
    priced.subtotal += price * line.quantity;
    priced.itemCount += line.quantity;
  }
  return priced;
}

/** Lines as last seen, when the product service can't be reached: no stock, the snapshot prices. */
export function unpricedLines(lines: readonly StoredLine[]): PricedLines {
  const items = lines.map((line) => itemFrom(line, line.unitPrice, null, null));
  return {
    items,
    subtotal: lines.reduce((sum, line) => sum + line.unitPrice * line.quantity, 0),
    itemCount: lines.reduce((sum, line) => sum + line.quantity, 0),
    issues:
      lines.length === 0
        ? []
        : [
            {
              code: 'PRICING_UNAVAILABLE',
              message: 'Prices and stock cannot be checked right now; they are shown as last seen',
            },
          ],
    refreshed: [],
    blocked: [],
  };
}

function itemFrom(
  line: Pick<StoredLine, 'productId' | 'name' | 'image' | 'quantity'>,
  unitPrice: number,
  inStock: boolean | null,
  availableStock: number | null,
): CartItemBody {
  return {
    productId: line.productId,
    name: line.name,
    image: line.image,
    unitPrice: money(unitPrice),
    quantity: line.quantity,
    lineTotal: money(unitPrice * line.quantity),
    inStock,
    availableStock,
  };
}
