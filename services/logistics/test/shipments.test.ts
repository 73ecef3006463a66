import { describe, expect, it } from 'vitest';
import { api, logisticsHarness, shipmentRequest, users } from './helpers.ts';

const svc = logisticsHarness(import.meta.url);
const { call, asService } = svc;

const create = (body: unknown, headers: Record<string, string> = asService('order')) =>
  call('POST', '/internal/shipments', { body, headers });

async function newShipment(overrides: Record<string, unknown> = {}) {
  const res = await create(shipmentRequest(overrides));
  expect(res.status).toBe(201);
  return res.body;
}

const track = (id: string, status: string, as: object = users.admin, location = 'Bengaluru hub') =>
  call('POST', `/shipments/${id}/events`, { as: as as typeof users.admin, body: { status, location } });

describe('POST /internal/shipments (order service)', () => {
  it('creates a shipment with a carrier, tracking number, estimate and a created event', async () => {
    const request = shipmentRequest();
    const { status, body } = await create(request);
    expect(status).toBe(201);
    expect(body).toMatchObject({
      id: expect.stringMatching(/^shp_/),
      orderId: request.orderId,
      userId: users.asha.id,
      status: 'created',
      carrier: 'Emporium Express',
      trackingNumber: expect.stringMatching(/^EM\d{10}IN$/),
      pincode: '560001',
      items: request.items,
      estimatedDelivery: { minDays: 1, maxDays: 2 },
    });
    expect(body.events).toEqual([
      {
        id: expect.any(String),
        status: 'created',
        at: body.createdAt,
        location: expect.stringContaining('Bhiwandi'),
        note: expect.any(String),
        deliveredToOrder: null,
      },
    ]);
  });

  it('picks the carrier by zone', async () => {
    expect((await newShipment({ pincode: '127021' })).carrier).toBe('Emporium Surface');
    expect((await newShipment({ pincode: '797001' })).carrier).toBe('India Post Speed Post');
  });

  it('is idempotent per order: a repeat answers 200 with the same shipment', async () => {
    const request = shipmentRequest();
    const first = await create(request);
    const again = await create({ ...request, items: [{ productId: 'other', quantity: 1 }] });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);
  });

  it('creates exactly one shipment for 15 concurrent calls for one order', async () => {
    const request = shipmentRequest();
    const results = await Promise.all(Array.from({ length: 15 }, () => create(request)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(14);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    expect(await svc.shipments().countDocuments({ orderId: request.orderId })).toBe(1);
  });

  it('refuses a pincode we do not deliver to with 422', async () => {
    for (const pincode of ['744301', '999999']) {
      const { status, body } = await create(shipmentRequest({ pincode }));
      expect(status).toBe(422);
      expect(body.code).toBe('PINCODE_NOT_SERVICEABLE');
    }
  });

  it('needs the order service key: 401 without a key, 403 with another service key or a wrong one', async () => {
    const none = await create(shipmentRequest(), {});
    expect(none).toMatchObject({ status: 401, body: { code: 'SERVICE_KEY_REQUIRED' } });
    const cart = await create(shipmentRequest(), asService('cart'));
    expect(cart).toMatchObject({ status: 403, body: { code: 'SERVICE_KEY_INVALID' } });
    const wrong = await create(shipmentRequest(), { 'x-service-key': 'not-the-order-key-at-all' });
    expect(wrong).toMatchObject({ status: 403, body: { code: 'SERVICE_KEY_INVALID' } });
    // A user token is no substitute for a service key.
    const user = await call('POST', '/internal/shipments', { as: users.admin, body: shipmentRequest() });
    expect(user).toMatchObject({ status: 401, body: { code: 'SERVICE_KEY_REQUIRED' } });
  });

  it.each([
    ['an unknown field', { ...shipmentRequest(), priority: true }],
    ['no items', { ...shipmentRequest(), items: [] }],
    ['a malformed pincode', { ...shipmentRequest(), pincode: '12345' }],
    ['a malformed order id', { ...shipmentRequest(), orderId: 'a/b' }],
    ['a missing user', { orderId: 'o-1', pincode: '560001', items: [{ productId: 'a', quantity: 1 }] }],
  ])('rejects %s with 400', async (_name, body) => {
    expect((await create(body)).status).toBe(400);
  });
});

describe('reading shipments', () => {
  it('shows a shipment to its customer and to admins, and to no one else', async () => {
    const shipment = await newShipment();
    const path = `/shipments/${shipment.id}`;
    expect(await call('GET', path, { as: users.asha })).toMatchObject({
      status: 200,
      body: { id: shipment.id },
    });
    expect((await call('GET', path, { as: users.admin })).status).toBe(200);
    expect(await call('GET', path, { as: users.ravi })).toMatchObject({
      status: 404,
      body: { code: 'SHIPMENT_NOT_FOUND' },
    });
    expect(await call('GET', path, { as: users.seller })).toMatchObject({
      status: 403,
      body: { code: 'FORBIDDEN' },
    });
    expect(await call('GET', path)).toMatchObject({ status: 401, body: { code: 'UNAUTHENTICATED' } });
    expect((await call('GET', '/shipments/shp_doesnotexist0', { as: users.admin })).status).toBe(404);
    expect((await call('GET', '/shipments/not-a-shipment-id', { as: users.admin })).status).toBe(400);
  });

  it("lists an order's shipment for its customer and admins; others see none", async () => {
    const shipment = await newShipment();
    const path = `/shipments?orderId=${shipment.orderId}`;
    expect((await call('GET', path, { as: users.asha })).body.items.map((s: { id: string }) => s.id)).toEqual(
      [shipment.id],
    );
    expect((await call('GET', path, { as: users.admin })).body.items).toHaveLength(1);
    expect(await call('GET', path, { as: users.ravi })).toMatchObject({ status: 200, body: { items: [] } });
    expect((await call('GET', '/shipments?orderId=unknown-order', { as: users.asha })).body.items).toEqual(
      [],
    );
    expect((await call('GET', path, { as: users.seller })).status).toBe(403);
    expect((await call('GET', path)).status).toBe(401);
    expect((await call('GET', '/shipments', { as: users.asha })).status).toBe(400);
    expect((await call('GET', `${path}&extra=1`, { as: users.asha })).status).toBe(400);
  });
});

describe('POST /shipments/:shipmentId/events (admin)', () => {
  it('records tracking forward to delivery', async () => {
    const shipment = await newShipment();
    for (const status of [
      'picked_up',
      'in_transit',
      'in_transit',
      'out_for_delivery',
      'failed_attempt',
      'out_for_delivery',
      'delivered',
    ]) {
      const res = await track(shipment.id, status);
      expect(res.status, status).toBe(201);
      expect(res.body.status).toBe(status);
    }
    const { body } = await call('GET', `/shipments/${shipment.id}`, { as: users.asha });
    expect(body.events.map((e: { status: string }) => e.status)).toEqual([
      'created',
      'picked_up',
      'in_transit',
      'in_transit',
      'out_for_delivery',
      'failed_attempt',
      'out_for_delivery',
      'delivered',
    ]);
    expect(body.events[7]).toMatchObject({ location: 'Bengaluru hub', note: 'Delivered' });
  });

  it('refuses to go back, and anything after delivery, with 409 INVALID_TRANSITION', async () => {
    const shipment = await newShipment();
    expect((await track(shipment.id, 'out_for_delivery')).status).toBe(201);
    for (const status of ['picked_up', 'in_transit']) {
      // Back to the hub is allowed only after a failed attempt.
      expect(await track(shipment.id, status)).toMatchObject({
        status: 409,
        body: { code: 'INVALID_TRANSITION' },
      });
    }
    expect((await track(shipment.id, 'failed_attempt')).status).toBe(201);
    expect((await track(shipment.id, 'in_transit')).status).toBe(201);
    expect((await track(shipment.id, 'delivered')).status).toBe(201);
    for (const status of ['delivered', 'in_transit', 'failed_attempt', 'out_for_delivery', 'picked_up']) {
      expect(await track(shipment.id, status)).toMatchObject({
        status: 409,
        body: { code: 'INVALID_TRANSITION' },
      });
    }
  });

  it('keeps every one of concurrent events and lets only legal ones through', async () => {
    const shipment = await newShipment();
    const results = await Promise.all(Array.from({ length: 8 }, () => track(shipment.id, 'picked_up')));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(7);
    await Promise.all(Array.from({ length: 6 }, () => track(shipment.id, 'in_transit')));
    const doc = await svc.shipments().findOne({ _id: shipment.id });
    expect(doc?.events.map((e) => e.status)).toEqual([
      'created',
      'picked_up',
      ...Array(6).fill('in_transit'),
    ]);
    // Every tracking event waits for the order service (down in this file), none lost.
    expect(doc?.undeliveredEventIds).toEqual(doc?.events.slice(1).map((e) => e.id));
  });

  it('is for admins only, 404s an unknown shipment and 400s bad events', async () => {
    const shipment = await newShipment();
    expect((await track(shipment.id, 'picked_up', users.asha)).status).toBe(403);
    expect((await track(shipment.id, 'picked_up', users.seller)).status).toBe(403);
    expect(
      (
        await call('POST', `/shipments/${shipment.id}/events`, {
          body: { status: 'picked_up', location: 'x' },
        })
      ).status,
    ).toBe(401);
    expect(await track('shp_doesnotexist0', 'picked_up')).toMatchObject({
      status: 404,
      body: { code: 'SHIPMENT_NOT_FOUND' },
    });
    for (const body of [
      { status: 'created', location: 'x' },
      { status: 'cancelled', location: 'x' },
      { status: 'lost', location: 'x' },
      { status: 'picked_up' },
      { status: 'picked_up', location: '' },
      { status: 'picked_up', location: '   ' },
      { status: 'picked_up', location: 'x'.repeat(121) },
      { status: 'picked_up', location: 'x', at: '2025-01-01T00:00:00Z' },
      { status: 'picked_up', location: { $gt: '' } },
    ]) {
      const res = await call('POST', `/shipments/${shipment.id}/events`, { as: users.admin, body });
      expect(res.status, JSON.stringify(body)).toBe(400);
    }
  });
});

describe('POST /internal/shipments/:shipmentId/cancel (order service)', () => {
  const cancel = (
    id: string,
    headers: Record<string, string> = asService('order'),
    body: unknown = { reason: 'Order cancelled' },
  ) => call('POST', `/internal/shipments/${id}/cancel`, { body, headers });

  it('cancels, idempotently, until delivery', async () => {
    const shipment = await newShipment();
    const first = await cancel(shipment.id);
    expect(first.status).toBe(200);
    expect(first.body.status).toBe('cancelled');
    expect(first.body.events.at(-1)).toMatchObject({
      status: 'cancelled',
      note: 'Order cancelled',
      deliveredToOrder: null,
    });
    const again = await cancel(shipment.id, asService('order'), {});
    expect(again.status).toBe(200);
    expect(again.body.events).toHaveLength(2);
    expect(await track(shipment.id, 'picked_up')).toMatchObject({
      status: 409,
      body: { code: 'INVALID_TRANSITION' },
    });
  });

  it('returns a picked-up parcel to origin, but refuses a delivered one with 409', async () => {
    const picked = await newShipment();
    await track(picked.id, 'picked_up');
    expect((await cancel(picked.id)).body.status).toBe('cancelled');

    const delivered = await newShipment();
    await track(delivered.id, 'delivered');
    expect(await cancel(delivered.id)).toMatchObject({
      status: 409,
      body: { code: 'SHIPMENT_NOT_CANCELLABLE' },
    });
  });

  it('404s an unknown shipment and checks the service key', async () => {
    expect(await cancel('shp_doesnotexist0')).toMatchObject({
      status: 404,
      body: { code: 'SHIPMENT_NOT_FOUND' },
    });
    const shipment = await newShipment();
    expect((await cancel(shipment.id, {})).status).toBe(401);
    expect((await cancel(shipment.id, asService('cart'))).status).toBe(403);
    expect((await cancel(shipment.id, asService('order'), { reason: 'x', force: true })).status).toBe(400);
    expect((await call('GET', `/shipments/${shipment.id}`, { as: users.asha })).body.status).toBe('created');
  });
});

describe('the OpenAPI document', () => {
  it('describes every route', async () => {
    const res = await svc.app().inject({ method: 'GET', url: `${api}/openapi.json` });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths).sort()).toEqual(
      [
        `${api}/internal/shipments`,
        `${api}/internal/shipments/{shipmentId}/cancel`,
        `${api}/pincodes/{pincode}`,
        `${api}/quotes`,
        `${api}/shipments`,
        `${api}/shipments/{shipmentId}`,
        `${api}/shipments/{shipmentId}/events`,
        '/health',
        '/health/live',
      ].sort(),
    );
  });
});
