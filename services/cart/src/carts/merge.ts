/**
 * Merging a guest cart into a customer's cart at sign-in, as a pure function over cart content. Quantities
 * of the same product add up, capped at 10 and at the stock; the customer's own coupon wins. The result
 * remembers which guest cart (and version) it took in, so repeating the merge adds nothing twice.
 */
import type { CatalogProduct } from '../dependencies/product.ts';
import type { CartIssueBody } from '../schemas/cart.ts';
import { maxCartLines, maxLineQuantity } from '../schemas/common.ts';
import type { CartContent, CartDocument, StoredLine } from './documents.ts';

const rememberedMerges = 10;

export interface MergeResult {
  content: CartContent;
  issues: CartIssueBody[];
}

export function mergeGuestCart(
  user: CartContent,
  guest: CartDocument,
  products: ReadonlyMap<string, CatalogProduct>,
): MergeResult {
  if (user.merged.some((m) => m.cartId === guest.cart && m.version === guest.version)) {
    return { content: user, issues: [] };
  }
  const issues: CartIssueBody[] = [];
  const lines: StoredLine[] = [...user.lines];
  let dropped = 0;
  for (const guestLine of guest.lines) {
    const index = lines.findIndex((l) => l.productId === guestLine.productId);
    const existing = index >= 0 ? lines[index] : undefined;
    if (!existing && lines.length >= maxCartLines) {
      dropped++;
      continue;
    }
    const wanted = (existing?.quantity ?? 0) + guestLine.quantity;
    const base = existing ?? guestLine;
    const stock = products.get(guestLine.productId)?.stock ?? 0;
    let quantity = Math.min(base.quantity, maxLineQuantity);
    if (stock > 0) {
      const cap = Math.min(maxLineQuantity, stock);
      quantity = Math.min(wanted, cap);
      if (quantity < wanted) {
        issues.push({
          code: 'MERGE_QUANTITY_CAPPED',
          productId: guestLine.productId,
          message: `${guestLine.name}: ${quantity} kept of the ${wanted} in your carts (at most ${cap} can be bought)`,
        });
      }
    }
    // Out of stock or gone: the line stays as it was, and the cart reports why it can't be bought.
    const line = { ...base, quantity };
    if (existing) lines[index] = line;
    else lines.push(line);
  }
  if (dropped > 0) {
    issues.push({
      code: 'MERGE_LINES_DROPPED',
      message: `${dropped} product${dropped === 1 ? '' : 's'} from your guest cart did not fit: a cart holds at most ${maxCartLines}`,
    });
  }
  return {
    content: {
      lines,
      coupon: user.coupon ?? guest.coupon,
      merged: [...user.merged, { cartId: guest.cart, version: guest.version }].slice(-rememberedMerges),
    },
    issues,
  };
}
