import { describe, expect, it } from 'vitest';
import { admin, customer, inr, seller } from './support/fixtures.ts';
import { cartHarness } from './support/harness.ts';

const h = cartHarness(import.meta.url);

let counter = 0;
const code = (prefix = 'ADM') => `${prefix}${Date.now().toString(36).toUpperCase().slice(-5)}${counter++}`;

const percentage = (c: string) => ({
  code: c,
  description: '10% off, up to ₹500, on orders of ₹999 or more',
  kind: 'percentage',
  percentOff: 10,
  maxDiscount: inr(50000),
  minOrder: inr(99900),
});

describe('admin coupon management', () => {
  it('creates a coupon with defaults and reads it back', async () => {
    const c = code();
    const created = await h.call('POST', '/admin/coupons', { as: admin, body: percentage(c) });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    expect(created.body).toEqual({
      code: c,
      description: '10% off, up to ₹500, on orders of ₹999 or more',
      kind: 'percentage',
      percentOff: 10,
      maxDiscount: inr(50000),
      amountOff: null,
      minOrder: inr(99900),
      startsAt: null,
      expiresAt: null,
      usageLimit: null,
      perUserLimit: 1,
      active: true,
      used: 0,
      createdAt: expect.any(String),
      updatedAt: expect.any(String),
    });
    expect((await h.call('GET', `/admin/coupons/${c}`, { as: admin })).body).toEqual(created.body);
  });

  it('creates a fixed coupon with a window and limits', async () => {
    const c = code('FIX');
    const res = await h.call('POST', '/admin/coupons', {
      as: admin,
      body: {
        code: c,
        description: '₹200 off',
        kind: 'fixed',
        amountOff: inr(20000),
        startsAt: '2030-01-01T00:00:00.000Z',
        expiresAt: '2030-02-01T00:00:00.000Z',
        usageLimit: 100,
        perUserLimit: 2,
        active: false,
      },
    });
    expect(res.status).toBe(201);
    expect(res.body).toMatchObject({
      kind: 'fixed',
      amountOff: inr(20000),
      percentOff: null,
      minOrder: inr(0),
      startsAt: '2030-01-01T00:00:00.000Z',
      usageLimit: 100,
      perUserLimit: 2,
      active: false,
    });
  });

  it('refuses a duplicate code with 409', async () => {
    const c = code();
    await h.call('POST', '/admin/coupons', { as: admin, body: percentage(c) });
    expect(await h.call('POST', '/admin/coupons', { as: admin, body: percentage(c) })).toMatchObject({
      status: 409,
      body: { code: 'COUPON_EXISTS' },
    });
  });

  it('refuses inconsistent or malformed coupons with 400 naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...percentage(code()), percentOff: undefined }, 'INVALID_COUPON'],
      [{ ...percentage(code()), amountOff: inr(100) }, 'INVALID_COUPON'],
      [{ code: code(), description: 'x', kind: 'fixed' }, 'INVALID_COUPON'],
      [
        { code: code(), description: 'x', kind: 'fixed', amountOff: inr(100), percentOff: 5 },
        'INVALID_COUPON',
      ],
      [
        { code: code(), description: 'x', kind: 'fixed', amountOff: inr(100), maxDiscount: inr(5) },
        'INVALID_COUPON',
      ],
      [
        { ...percentage(code()), startsAt: '2030-02-01T00:00:00Z', expiresAt: '2030-01-01T00:00:00Z' },
        'INVALID_COUPON',
      ],
      [{ ...percentage(code()), percentOff: 95 }, 'VALIDATION_FAILED'],
      [{ ...percentage(code()), percentOff: 0 }, 'VALIDATION_FAILED'],
      [{ ...percentage('lower1') }, 'VALIDATION_FAILED'],
      [{ ...percentage('AB') }, 'VALIDATION_FAILED'],
      [{ ...percentage(code()), minOrder: { amount: 100, currency: 'USD' } }, 'VALIDATION_FAILED'],
      [{ ...percentage(code()), expiresAt: 'tomorrow' }, 'VALIDATION_FAILED'],
      [{ ...percentage(code()), used: 5 }, 'VALIDATION_FAILED'],
      [{ ...percentage(code()), description: 'x'.repeat(201) }, 'VALIDATION_FAILED'],
    ];
    for (const [body, expected] of cases) {
      const res = await h.call('POST', '/admin/coupons', { as: admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.code, JSON.stringify(body)).toBe(expected);
    }
  });

  it('changes fields, clears optional ones with null, and switches kind', async () => {
    const c = code();
    await h.call('POST', '/admin/coupons', {
      as: admin,
      body: { ...percentage(c), expiresAt: '2031-01-01T00:00:00Z' },
    });
    const patched = await h.call('PATCH', `/admin/coupons/${c}`, {
      as: admin,
      body: { description: 'Now 15%', percentOff: 15, expiresAt: null, usageLimit: 10 },
    });
    expect(patched.status).toBe(200);
    expect(patched.body).toMatchObject({
      description: 'Now 15%',
      percentOff: 15,
      expiresAt: null,
      usageLimit: 10,
      maxDiscount: inr(50000),
    });
    const fixed = await h.call('PATCH', `/admin/coupons/${c}`, {
      as: admin,
      body: { kind: 'fixed', amountOff: inr(10000) },
    });
    expect(fixed.body).toMatchObject({
      kind: 'fixed',
      amountOff: inr(10000),
      percentOff: null,
      maxDiscount: null,
    });
    expect(
      await h.call('PATCH', `/admin/coupons/${c}`, { as: admin, body: { kind: 'percentage' } }),
    ).toMatchObject({
      status: 400,
      body: { code: 'INVALID_COUPON' },
    });
    expect((await h.call('PATCH', `/admin/coupons/${c}`, { as: admin, body: {} })).status).toBe(400);
    expect(
      (await h.call('PATCH', `/admin/coupons/${c}`, { as: admin, body: { code: 'OTHER' } })).status,
    ).toBe(400);
    expect(
      await h.call('PATCH', '/admin/coupons/NOSUCHCODE', { as: admin, body: { active: false } }),
    ).toMatchObject({
      status: 404,
      body: { code: 'COUPON_NOT_FOUND' },
    });
  });

  it('deletes a coupon', async () => {
    const c = code();
    await h.call('POST', '/admin/coupons', { as: admin, body: percentage(c) });
    expect((await h.call('DELETE', `/admin/coupons/${c}`, { as: admin })).status).toBe(204);
    expect((await h.call('GET', `/admin/coupons/${c}`, { as: admin })).status).toBe(404);
    expect(await h.call('DELETE', `/admin/coupons/${c}`, { as: admin })).toMatchObject({
      status: 404,
      body: { code: 'COUPON_NOT_FOUND' },
    });
  });

  it('lists coupons by code, page by page', async () => {
    const prefix = `LST${Date.now().toString(36).toUpperCase().slice(-4)}`;
    const codes = ['A', 'B', 'C', 'D', 'E'].map((s) => `${prefix}${s}`);
    for (const c of codes) await h.call('POST', '/admin/coupons', { as: admin, body: percentage(c) });
    const seen: string[] = [];
    let after: string | null = `${prefix}`;
    while (after) {
      const page = await h.call('GET', `/admin/coupons?limit=2&after=${after}`, { as: admin });
      expect(page.status).toBe(200);
      expect(page.body.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.body.items.map((i: { code: string }) => i.code));
      after = page.body.nextAfter;
    }
    expect(seen.filter((c) => c.startsWith(prefix))).toEqual(codes);
    expect((await h.call('GET', '/admin/coupons?limit=0', { as: admin })).status).toBe(400);
    expect((await h.call('GET', '/admin/coupons?after=bad%20code', { as: admin })).status).toBe(400);
    for (const method of ['GET', 'PATCH', 'DELETE']) {
      const res = await h.call(method, '/admin/coupons/bad%20code', {
        as: admin,
        ...(method === 'PATCH' ? { body: { active: false } } : {}),
      });
      expect(res.status, method).toBe(400);
    }
  });

  it('is for admins only', async () => {
    const routes: [string, string, unknown][] = [
      ['GET', '/admin/coupons', undefined],
      ['POST', '/admin/coupons', percentage(code())],
      ['GET', '/admin/coupons/WELCOME10', undefined],
      ['PATCH', '/admin/coupons/WELCOME10', { active: false }],
      ['DELETE', '/admin/coupons/WELCOME10', undefined],
    ];
    for (const [method, url, body] of routes) {
      expect((await h.call(method, url, { body })).status, `${method} ${url}`).toBe(401);
      expect((await h.call(method, url, { as: customer(), body })).status, `${method} ${url}`).toBe(403);
      expect((await h.call(method, url, { as: seller, body })).status, `${method} ${url}`).toBe(403);
    }
  });
});
