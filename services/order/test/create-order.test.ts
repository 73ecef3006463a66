import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderHarness, orderRequest, users } from './support/harness.ts';

const h = orderHarness(import.meta.url);
const { call, place, asService } = h;

describe('POST /internal/orders (cart service)', () => {
  it('places the order, books its shipment in logistics and tells activity', async () => {
    const request = orderRequest({ discount: 20000, shipping: 4000 });
    const { status, body } = await place(request);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      id: expect.any(String),
      number: expect.stringMatching(/^EM-\d{8}-[2-9A-HJKMNP-Z]{6}$/),
      userId: users.asha.id,
      status: 'placed',
      cancellable: true,
      lines: request.lines,
      totals: request.totals,
      coupon: { code: 'WELCOME10' },
      shippingAddress: request.shippingAddress,
      paymentMethod: 'cod',
      shipmentId: expect.stringMatching(/^shp_/),
      cancellation: null,
    });
    expect(body.timeline).toEqual([{ status: 'placed', at: body.createdAt, note: expect.any(String) }]);

    const shipment = await h.shipments().findOne({ _id: body.shipmentId });
    expect(shipment).toMatchObject({
      orderId: body.id,
      userId: users.asha.id,
      pincode: '560038',
      status: 'created',
      items: [{ productId: 'boat-rockerz-450', quantity: 2 }],
    });

    const events = await h.events();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'order.placed', subject: body.id, userId: users.asha.id }),
    );
  });

  it('answers the same key again with the same order (200, Idempotent-Replayed), without a second shipment', async () => {
    const request = orderRequest();
    const key = randomUUID();
    const first = await place(request, key);
    const again = await place(request, key);
    expect(again.status).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body.id).toBe(first.body.id);
    expect(again.body.number).toBe(first.body.number);
    expect(await h.shipments().countDocuments({ orderId: first.body.id })).toBe(1);
  });

  it('places exactly one order for 20 concurrent calls with one key', async () => {
    const request = orderRequest();
    const key = randomUUID();
    const results = await Promise.all(Array.from({ length: 20 }, () => place(request, key)));
    expect(results.map((r) => r.status).sort((a, b) => b - a)).toEqual([201, ...Array(19).fill(200)]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await h.orders().countDocuments({ checkoutId: request.checkoutId })).toBe(1);
    expect(await h.shipments().countDocuments({ orderId: results[0]?.body.id })).toBe(1);
    const placed = (await h.events()).filter(
      (e) => e.type === 'order.placed' && e.subject === results[0]?.body.id,
    );
    expect(placed).toHaveLength(1);
  });

  it('scopes keys per user: two customers with the same key get their own orders', async () => {
    const key = randomUUID();
    const asha = await place(orderRequest({ userId: users.asha.id }), key);
    const ravi = await place(orderRequest({ userId: users.ravi.id }), key);
    expect([asha.status, ravi.status]).toEqual([201, 201]);
    expect(ravi.body.id).not.toBe(asha.body.id);
    expect(ravi.body.userId).toBe(users.ravi.id);
  });

  it('refuses a key reused for a different order with 422, and a second order for one checkout with 409', async () => {
    const key = randomUUID();
    const request = orderRequest();
    await place(request, key);
    const other = await place(orderRequest(), key);
    expect(other).toMatchObject({ status: 422, body: { code: 'IDEMPOTENCY_KEY_REUSED' } });
    const sameCheckout = await place(request, randomUUID());
    expect(sameCheckout).toMatchObject({ status: 409, body: { code: 'CHECKOUT_ALREADY_ORDERED' } });
  });

  it('refuses totals that do not add up with 422, naming the fields', async () => {
    const request = orderRequest({ discount: 1000, shipping: 4000 });
    const cases = [
      { ...request, totals: { ...request.totals, total: { amount: 1, currency: 'INR' } } },
      { ...request, totals: { ...request.totals, subtotal: { amount: 1, currency: 'INR' } } },
      {
        ...request,
        lines: [{ ...request.lines[0], lineTotal: { amount: 5, currency: 'INR' } }],
      },
    ];
    for (const body of cases) {
      const { status, body: error } = await place(body);
      expect(status).toBe(422);
      expect(error.code).toBe('ORDER_TOTALS_INCONSISTENT');
      expect(error.details.length).toBeGreaterThan(0);
    }
  });

  it('needs the cart service key: 401 without, 403 with another service key or a wrong one', async () => {
    const none = await place(orderRequest(), randomUUID(), {});
    expect(none).toMatchObject({ status: 401, body: { code: 'SERVICE_KEY_REQUIRED' } });
    for (const headers of [
      asService('logistics'),
      asService('reviews'),
      { 'x-service-key': 'definitely-not-a-key' },
    ]) {
      expect(await place(orderRequest(), randomUUID(), headers)).toMatchObject({
        status: 403,
        body: { code: 'SERVICE_KEY_INVALID' },
      });
    }
    const asUser = await call('POST', '/internal/orders', {
      as: users.admin,
      body: orderRequest(),
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(asUser.status).toBe(401);
  });

  const valid = orderRequest();
  it.each([
    ['no idempotency key', valid, undefined],
    ['a too short idempotency key', valid, 'short'],
    ['an idempotency key with spaces', valid, 'has spaces in it'],
    ['no lines', { ...valid, lines: [] }, 'key'],
    ['a quantity over 10', { ...valid, lines: [{ ...valid.lines[0], quantity: 11 }] }, 'key'],
    [
      'a fractional price',
      { ...valid, lines: [{ ...valid.lines[0], unitPrice: { amount: 1.5, currency: 'INR' } }] },
      'key',
    ],
    [
      'another currency',
      { ...valid, totals: { ...valid.totals, total: { amount: 1, currency: 'USD' } } },
      'key',
    ],
    ['a payment method other than cod', { ...valid, paymentMethod: 'card' }, 'key'],
    ['a bad pincode', { ...valid, shippingAddress: { ...valid.shippingAddress, pincode: '01234' } }, 'key'],
    ['a bad phone', { ...valid, shippingAddress: { ...valid.shippingAddress, phone: '12345' } }, 'key'],
    ['an unknown field', { ...valid, giftWrap: true }, 'key'],
    ['an unknown address field', { ...valid, shippingAddress: { ...valid.shippingAddress, lat: 1 } }, 'key'],
    ['a lower-case coupon', { ...valid, coupon: { code: 'welcome' } }, 'key'],
    ['an operator in the user id', { ...valid, userId: { $ne: null } }, 'key'],
    ['a huge name', { ...valid, lines: [{ ...valid.lines[0], name: 'x'.repeat(201) }] }, 'key'],
  ])('rejects %s with 400', async (_name, body, key) => {
    const res = await call('POST', '/internal/orders', {
      body,
      headers: {
        ...asService('cart'),
        ...(key ? { 'idempotency-key': key === 'key' ? randomUUID() : key } : {}),
      },
    });
    expect(res.status).toBe(400);
    expect(res.body.code).toMatch(/^(VALIDATION_FAILED|OPERATOR_NOT_ALLOWED)$/);
  });
});

describe('booking the shipment when logistics is down or says no', () => {
  it('places the order anyway, and books the shipment once logistics is back', async () => {
    await h.logistics().stop();
    let placed: Awaited<ReturnType<typeof place>>;
    try {
      placed = await place(orderRequest());
      expect(placed.status).toBe(201);
      expect(placed.body.shipmentId).toBeNull();
      const stored = await h.orders().findOne({ _id: placed.body.id });
      expect(stored?.shipment).toMatchObject({
        state: 'pending',
        attempts: 1,
        lastError: 'logistics unavailable',
      });
    } finally {
      await h.logistics().start();
    }
    // The sweep (every 200 ms here) books it; no second shipment however many attempts it took.
    await expect
      .poll(async () => (await h.orders().findOne({ _id: placed.body.id }))?.shipmentId ?? null, {
        timeout: 8000,
        interval: 100,
      })
      .toMatch(/^shp_/);
    expect(await h.shipments().countDocuments({ orderId: placed.body.id })).toBe(1);
    const read = await call('GET', `/orders/${placed.body.id}`, { as: users.asha });
    expect(read.body.shipmentId).toMatch(/^shp_/);
  });

  it('records a refusal (a pincode logistics does not serve) and does not retry it', async () => {
    const { status, body } = await place(orderRequest({ pincode: '744301' }));
    expect(status).toBe(201);
    expect(body.shipmentId).toBeNull();
    const stored = await h.orders().findOne({ _id: body.id });
    expect(stored?.shipment).toMatchObject({
      state: 'refused',
      attempts: 1,
      lastError: 'PINCODE_NOT_SERVICEABLE',
    });
    await new Promise((r) => setTimeout(r, 500));
    expect((await h.orders().findOne({ _id: body.id }))?.shipment.attempts).toBe(1);
  });
});
