import { describe, expect, it } from 'vitest';
import { estimateDelivery } from '../src/pincodes/delivery-dates.ts';
import { logisticsHarness } from './helpers.ts';

const svc = logisticsHarness(import.meta.url);
const { call } = svc;

const quote = (pincode: string, amount: number, extra: Record<string, unknown> = {}) =>
  call('POST', '/quotes', {
    body: {
      pincode,
      items: [{ productId: 'boat-rockerz-450', quantity: 1 }],
      subtotal: { amount, currency: 'INR' },
      ...extra,
    },
  });

describe('GET /pincodes/:pincode', () => {
  it.each([
    ['560001', 'Bengaluru', 'Karnataka', 'metro', 1, 2],
    ['110001', 'New Delhi', 'Delhi', 'metro', 1, 2],
    ['400001', 'Mumbai', 'Maharashtra', 'metro', 1, 2],
    ['600001', 'Chennai', 'Tamil Nadu', 'metro', 1, 2],
    ['700001', 'Kolkata', 'West Bengal', 'metro', 1, 2],
    ['302001', 'Jaipur', 'Rajasthan', 'tier2', 2, 4],
    ['127021', 'Bhiwani', 'Haryana', 'rest', 4, 6],
    ['781001', 'Kamrup Metropolitan', 'Assam', 'remote', 6, 9],
    ['194101', 'Leh', 'Ladakh', 'remote', 6, 9],
  ])('knows %s (%s, %s) as %s, delivering in %i-%i days', async (pincode, city, state, zone, min, max) => {
    const { status, body, headers } = await call('GET', `/pincodes/${pincode}`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ pincode, serviceable: true, city, state, zone, area: expect.any(String) });
    expect(body.estimatedDelivery).toEqual(estimateDelivery(min, max, new Date()));
    expect(headers['cache-control']).toBe('public, max-age=300');
  });

  it('tells which remote places take cash on delivery', async () => {
    expect((await call('GET', '/pincodes/190001')).body.codAvailable).toBe(true);
    expect((await call('GET', '/pincodes/194101')).body.codAvailable).toBe(false);
  });

  it('answers a known place we do not deliver to as not serviceable, with where it is', async () => {
    const { status, body } = await call('GET', '/pincodes/744301');
    expect(status).toBe(200);
    expect(body).toEqual({
      pincode: '744301',
      serviceable: false,
      area: 'Car Nicobar',
      city: 'Nicobar',
      state: 'Andaman and Nicobar Islands',
      zone: 'remote',
      codAvailable: false,
      estimatedDelivery: null,
    });
  });

  it('answers an unknown pincode with 200 and serviceable: false, not 404', async () => {
    const { status, body } = await call('GET', '/pincodes/999999');
    expect(status).toBe(200);
    expect(body).toEqual({
      pincode: '999999',
      serviceable: false,
      area: null,
      city: null,
      state: null,
      zone: null,
      codAvailable: false,
      estimatedDelivery: null,
    });
  });

  it.each(['012345', '56000', '5600011', 'abcdef', '56000a', '%20560001'])(
    'rejects the malformed pincode %j with 400',
    async (pincode) => {
      const { status, body } = await call('GET', `/pincodes/${pincode}`);
      expect(status).toBe(400);
      expect(body.code).toBe('VALIDATION_FAILED');
    },
  );
});

describe('POST /quotes', () => {
  it('charges the zone fee below ₹499 and nothing from ₹499 (metro, tier2, rest)', async () => {
    for (const [pincode, fee] of [
      ['560001', 4000],
      ['302001', 6000],
      ['127021', 8000],
    ] as const) {
      const below = await quote(pincode, 49899);
      expect(below.status).toBe(200);
      expect(below.body).toMatchObject({
        pincode,
        serviceable: true,
        shippingFee: { amount: fee, currency: 'INR' },
        freeShippingApplied: false,
        codAvailable: true,
      });
      expect(below.body.estimatedDelivery).toMatchObject({
        from: expect.any(String),
        to: expect.any(String),
      });
      const free = await quote(pincode, 49900);
      expect(free.body).toMatchObject({
        shippingFee: { amount: 0, currency: 'INR' },
        freeShippingApplied: true,
      });
    }
  });

  it('never ships free to remote areas', async () => {
    const { body } = await quote('795001', 5_000_000);
    expect(body).toMatchObject({
      serviceable: true,
      shippingFee: { amount: 12000, currency: 'INR' },
      freeShippingApplied: false,
    });
    expect(body.estimatedDelivery).toMatchObject({ minDays: 6, maxDays: 9 });
  });

  it('quotes a pincode we do not deliver to as not serviceable, without a fee', async () => {
    for (const pincode of ['744301', '999999']) {
      const { status, body } = await quote(pincode, 100000);
      expect(status).toBe(200);
      expect(body).toEqual({
        pincode,
        serviceable: false,
        shippingFee: null,
        freeShippingApplied: false,
        codAvailable: false,
        estimatedDelivery: null,
      });
    }
  });

  it('is public: a customer token or a service key changes nothing', async () => {
    const anonymous = await quote('560001', 1000);
    const signedIn = await call('POST', '/quotes', {
      as: { id: 'c1', type: 'customer' },
      body: {
        pincode: '560001',
        items: [{ productId: 'a', quantity: 1 }],
        subtotal: { amount: 1000, currency: 'INR' },
      },
    });
    expect(signedIn.body).toEqual(anonymous.body);
  });

  const base = {
    pincode: '560001',
    items: [{ productId: 'boat-rockerz-450', quantity: 1 }],
    subtotal: { amount: 1000, currency: 'INR' },
  };
  it.each([
    ['a malformed pincode', { ...base, pincode: '056000' }, 'VALIDATION_FAILED'],
    ['no items', { ...base, items: [] }, 'VALIDATION_FAILED'],
    [
      '51 items',
      { ...base, items: Array.from({ length: 51 }, (_, i) => ({ productId: `p-${i}`, quantity: 1 })) },
      'VALIDATION_FAILED',
    ],
    ['a zero quantity', { ...base, items: [{ productId: 'a', quantity: 0 }] }, 'VALIDATION_FAILED'],
    ['a fractional amount', { ...base, subtotal: { amount: 10.5, currency: 'INR' } }, 'VALIDATION_FAILED'],
    ['a negative amount', { ...base, subtotal: { amount: -1, currency: 'INR' } }, 'VALIDATION_FAILED'],
    ['another currency', { ...base, subtotal: { amount: 1000, currency: 'USD' } }, 'VALIDATION_FAILED'],
    [
      'an amount as a string',
      { ...base, subtotal: { amount: '1000', currency: 'INR' } },
      'VALIDATION_FAILED',
    ],
    ['an unknown field', { ...base, express: true }, 'VALIDATION_FAILED'],
    ['a missing subtotal', { pincode: '560001', items: base.items }, 'VALIDATION_FAILED'],
    ['an operator object', { ...base, pincode: { $ne: '' } }, 'OPERATOR_NOT_ALLOWED'],
  ])('rejects %s with 400', async (_name, body, code) => {
    const { status, body: error } = await call('POST', '/quotes', { body });
    expect(status).toBe(400);
    expect(error.code).toBe(code);
  });
});
