import { describe, expect, it } from 'vitest';
import { formatDeliveryWindow, formatPhone, toE164 } from '../src/index.ts';

describe('toE164', () => {
  it.each([
    ['98123 45678', '+919812345678'],
    ['098123-45678', '+919812345678'],
    ['91 9812345678', '+919812345678'],
    ['+91 98123 45678', '+919812345678'],
    ['+1 (415) 555-0100', '+14155550100'],
  ])('reads %s as %s', (typed, e164) => {
    expect(toE164(typed)).toBe(e164);
  });

  it.each(['', '12345', '5812345678', '+0123456789', 'call me'])('refuses %j', (typed) => {
    expect(toE164(typed)).toBeNull();
  });
});

describe('formatPhone', () => {
  it('groups an Indian mobile number and leaves others as they are', () => {
    expect(formatPhone('+919812345678')).toBe('+91 98123 45678');
    expect(formatPhone('+14155550100')).toBe('+14155550100');
  });
});

describe('formatDeliveryWindow', () => {
  it('names both days, or one when they are the same, whatever the time of day', () => {
    expect(formatDeliveryWindow({ from: '2026-11-26', to: '2026-11-28T23:59:00Z' })).toBe(
      'Thu, 26 Nov – Sat, 28 Nov',
    );
    expect(formatDeliveryWindow({ from: '2026-11-26', to: '2026-11-26' })).toBe('Thu, 26 Nov');
  });
});
