import { describe, expect, it } from 'vitest';
import { addDeliveryDays, estimateDelivery, indianDate } from '../src/pincodes/delivery-dates.ts';

describe('delivery dates', () => {
  it('counts days in India, whatever the server time zone', () => {
    // 20:00 UTC on Saturday 14 June 2025 is 01:30 on Sunday 15 June in India.
    expect(indianDate(new Date('2025-06-14T20:00:00Z')).toISOString()).toBe('2025-06-15T00:00:00.000Z');
    expect(indianDate(new Date('2025-06-14T18:29:59Z')).toISOString()).toBe('2025-06-14T00:00:00.000Z');
  });

  it('skips Sundays', () => {
    const saturday = new Date('2025-06-14T00:00:00Z');
    expect(addDeliveryDays(saturday, 1).toISOString().slice(0, 10)).toBe('2025-06-16');
    expect(addDeliveryDays(saturday, 0).toISOString().slice(0, 10)).toBe('2025-06-14');
    // Friday + 9 delivery days crosses two Sundays.
    expect(addDeliveryDays(new Date('2025-06-13T00:00:00Z'), 9).toISOString().slice(0, 10)).toBe(
      '2025-06-24',
    );
  });

  it('estimates a window from the zone rule, never landing on a Sunday', () => {
    const est = estimateDelivery(1, 2, new Date('2025-06-13T06:00:00Z'));
    expect(est).toEqual({ minDays: 1, maxDays: 2, from: '2025-06-14', to: '2025-06-16' });
    for (let day = 0; day < 14; day++) {
      const now = new Date(Date.UTC(2025, 5, 1 + day, 6));
      for (const d of [1, 2, 4, 6, 9]) {
        const { from } = estimateDelivery(d, d, now);
        expect(new Date(`${from}T00:00:00Z`).getUTCDay()).not.toBe(0);
      }
    }
  });
});
