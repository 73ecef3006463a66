/**
 * The cart prices an order; the order service checks the arithmetic before it stores it, so a bug on
 * either side cannot record an order whose lines and total disagree.
 */
import { ApiError } from '@emporium/service-kit';
import type { CreateOrderRequest } from '../schemas/orders.ts';

export function checkTotals(order: CreateOrderRequest): void {
  const problems: { path: string; message: string }[] = [];
  let subtotal = 0;
  order.lines.forEach((line, i) => {
    if (line.lineTotal.amount !== line.unitPrice.amount * line.quantity) {
      problems.push({ path: `/lines/${i}/lineTotal`, message: 'is not unitPrice × quantity' });
    }
    subtotal += line.lineTotal.amount;
  });
  const { totals } = order;
  if (totals.subtotal.amount !== subtotal) {
    problems.push({ path: '/totals/subtotal', message: 'is not the sum of the line totals' });
  }
  if (totals.discount.amount > totals.subtotal.amount) {
    problems.push({ path: '/totals/discount', message: 'is more than the subtotal' });
  }
  if (totals.total.amount !== totals.subtotal.amount - totals.discount.amount + totals.shipping.amount) {
    problems.push({ path: '/totals/total', message: 'is not subtotal - discount + shipping' });
  }
  if (problems.length > 0) {
    throw new ApiError(422, 'ORDER_TOTALS_INCONSISTENT', 'The order totals do not add up', {
      details: problems.map((p) => ({ in: 'body', ...p })),
    });
  }
}
