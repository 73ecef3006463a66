/**
 * Money in the cart service: integer minor units (paise) of one currency, never floats. The platform sells
 * in INR only; every amount the cart computes is in it.
 */

export const currency = 'INR';

export interface Money {
  amount: number;
  currency: string;
}

export const money = (amount: number): Money => ({ amount, currency });

export const zero = (): Money => money(0);

/** "₹1,499" or "₹1,499.50": for messages shoppers read. */
export function formatRupees(paise: number): string {
  const rupees = paise / 100;
  return `₹${rupees.toLocaleString('en-IN', {
    minimumFractionDigits: paise % 100 === 0 ? 0 : 2,
    maximumFractionDigits: 2,
  })}`;
}
