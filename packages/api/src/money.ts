/** Money as every service sends it: an integer amount in minor units (paise for INR) and its currency. */
export interface Money {
  amount: number;
  currency: string;
}

const formatters = new Map<string, Intl.NumberFormat>();

/** ₹1,299 or ₹1,299.50: whole rupees without decimals, as Indian shops show prices. */
export function formatMoney(money: Money): string {
  const whole = money.amount % 100 === 0;
  const key = `${money.currency}:${whole}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat('en-IN', {
      style: 'currency',
      currency: money.currency,
      minimumFractionDigits: whole ? 0 : 2,
      maximumFractionDigits: 2,
    });
    formatters.set(key, formatter);
  }
  return formatter.format(money.amount / 100);
}
