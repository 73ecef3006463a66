/**
 * Delivery date arithmetic. Carriers do not deliver on Sundays, so an estimate of N days counts N
 * delivery days after today, skipping Sundays. Days are Indian days (IST, UTC+05:30, no daylight saving),
 * whatever the server's time zone.
 */
import type { EstimatedDeliveryBody } from '../schemas/common.ts';

const dayMs = 86_400_000;
const istOffsetMs = 330 * 60_000;

/** Today in India, as midnight UTC of that calendar date (so getUTCDay and toISOString are about it). */
export function indianDate(now: Date): Date {
  const ist = new Date(now.getTime() + istOffsetMs);
  return new Date(Date.UTC(ist.getUTCFullYear(), ist.getUTCMonth(), ist.getUTCDate()));
}

export function addDeliveryDays(date: Date, days: number): Date {
  let result = date;
  for (let left = days; left > 0; ) {
    result = new Date(result.getTime() + dayMs);
    if (result.getUTCDay() !== 0) left--;
  }
  return result;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

export function estimateDelivery(minDays: number, maxDays: number, now: Date): EstimatedDeliveryBody {
  const today = indianDate(now);
  return {
    minDays,
    maxDays,
    from: isoDate(addDeliveryDays(today, minDays)),
    to: isoDate(addDeliveryDays(today, maxDays)),
  };
}
