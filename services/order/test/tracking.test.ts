import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderHarness, orderRequest, users } from './support/harness.ts';

const h = orderHarness(import.meta.url);
const { call, place, asService } = h;

async function placed() {
  const res = await place(orderRequest());
  expect(res.status).toBe(201);
  return res.body as { id: string; shipmentId: string };
}

const event = (shipmentId: string, status: string, overrides: Record<string, unknown> = {}) => ({
  eventId: randomUUID(),
  shipmentId,
  status,
  at: new Date().toISOString(),
  location: 'Bengaluru hub',
  note: `${status} note`,
  ...overrides,
});

const send = (orderId: string, body: unknown, headers: Record<string, string> = asService('logistics')) =>
  call('POST', `/internal/orders/${orderId}/events`, { body, headers });

const statusOf = async (orderId: string) => (await h.orders().findOne({ _id: orderId }))?.status;

describe('POST /internal/orders/:orderId/events (logistics)', () => {
  it('moves the order forward and adds each event to the timeline', async () => {
    const order = await placed();
    const steps = [
      ['picked_up', 'shipped'],
      ['in_transit', 'shipped'],
      ['out_for_delivery', 'out_for_delivery'],
      ['failed_attempt', 'out_for_delivery'],
      ['out_for_delivery', 'out_for_delivery'],
      ['delivered', 'delivered'],
    ];
    for (const [shipmentStatus, orderStatus] of steps) {
      const res = await send(order.id, event(order.shipmentId, shipmentStatus as string));
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ applied: true, duplicate: false, status: orderStatus });
    }
    const { body } = await call('GET', `/orders/${order.id}`, { as: users.asha });
    expect(body.status).toBe('delivered');
    expect(body.cancellable).toBe(false);
    expect(body.timeline.map((t: { shipmentStatus?: string }) => t.shipmentStatus)).toEqual([
      undefined,
      ...steps.map(([s]) => s),
    ]);
    expect(body.timeline[1]).toMatchObject({
      status: 'shipped',
      location: 'Bengaluru hub',
      note: 'picked_up note',
    });
  });

  it('records an event once, however often and however concurrently logistics sends it', async () => {
    const order = await placed();
    const once = event(order.shipmentId, 'picked_up');
    const first = await send(order.id, once);
    expect(first.body).toEqual({ applied: true, duplicate: false, status: 'shipped' });
    expect((await send(order.id, once)).body).toEqual({ applied: false, duplicate: true, status: 'shipped' });
    const burst = event(order.shipmentId, 'in_transit');
    const results = await Promise.all(Array.from({ length: 20 }, () => send(order.id, burst)));
    expect(results.filter((r) => r.body.applied)).toHaveLength(1);
    expect(results.filter((r) => r.body.duplicate)).toHaveLength(19);
    // Different events at once: none lost.
    const scans = Array.from({ length: 10 }, () => event(order.shipmentId, 'in_transit'));
    await Promise.all(scans.map((e) => send(order.id, e)));
    const stored = await h.orders().findOne({ _id: order.id });
    expect(
      stored?.timeline
        .map((t) => t.eventId)
        .filter(Boolean)
        .sort(),
    ).toEqual([once.eventId, burst.eventId, ...scans.map((e) => e.eventId)].sort());
  });

  it('never moves an order back, and keeps late events on the timeline by their time', async () => {
    const order = await placed();
    const early = new Date(Date.now() - 60_000).toISOString();
    await send(order.id, event(order.shipmentId, 'out_for_delivery'));
    const late = await send(order.id, event(order.shipmentId, 'picked_up', { at: early }));
    expect(late.body).toEqual({ applied: true, duplicate: false, status: 'out_for_delivery' });
    const { body } = await call('GET', `/orders/${order.id}`, { as: users.asha });
    expect(body.status).toBe('out_for_delivery');
    expect(body.timeline.map((t: { status: string }) => t.status)).toEqual([
      'shipped',
      'placed',
      'out_for_delivery',
    ]);
  });

  it('never moves a cancelled order', async () => {
    const order = await placed();
    expect((await call('POST', `/orders/${order.id}/cancel`, { as: users.asha, body: {} })).status).toBe(200);
    const res = await send(order.id, event(order.shipmentId, 'picked_up'));
    expect(res.body).toEqual({ applied: false, duplicate: false, status: 'cancelled' });
    expect(await statusOf(order.id)).toBe('cancelled');
  });

  it('accepts the first event before the booking answer, and refuses another shipment with 409', async () => {
    const res = await place(orderRequest({ pincode: '744301' }));
    expect(res.body.shipmentId).toBeNull();
    const first = await send(res.body.id, event('shp_heardoflate0', 'picked_up'));
    expect(first.body.status).toBe('shipped');
    expect((await h.orders().findOne({ _id: res.body.id }))?.shipmentId).toBe('shp_heardoflate0');
    const other = await send(res.body.id, event('shp_someoneelse0', 'in_transit'));
    expect(other).toMatchObject({ status: 409, body: { code: 'SHIPMENT_MISMATCH' } });
  });

  it('404s an unknown order and checks the logistics key', async () => {
    const order = await placed();
    expect(await send('no-such-order', event(order.shipmentId, 'picked_up'))).toMatchObject({
      status: 404,
      body: { code: 'ORDER_NOT_FOUND' },
    });
    expect((await send(order.id, event(order.shipmentId, 'picked_up'), {})).status).toBe(401);
    expect((await send(order.id, event(order.shipmentId, 'picked_up'), asService('cart'))).status).toBe(403);
    expect((await send(order.id, event(order.shipmentId, 'picked_up'), asService('reviews'))).status).toBe(
      403,
    );
    expect(await statusOf(order.id)).toBe('placed');
  });

  it.each([
    ['an unknown status', { status: 'lost' }],
    ['a created event', { status: 'created' }],
    ['a bad date', { at: 'yesterday' }],
    ['a short event id', { eventId: 'abc' }],
    ['an extra field', { extra: 1 }],
    ['an operator', { location: { $gt: '' } }],
  ])('rejects %s with 400', async (_name, overrides) => {
    const order = await placed();
    expect((await send(order.id, event(order.shipmentId, 'picked_up', overrides))).status).toBe(400);
  });
});

describe('tracking across the real logistics service', () => {
  const track = (shipmentId: string, status: string) =>
    h.logisticsCall('POST', `/shipments/${shipmentId}/events`, {
      as: users.admin,
      body: { status, location: 'Mumbai hub' },
    });

  it('feeds carrier events into the order timeline, losing none and doubling none while the order service is down', async () => {
    const order = await placed();
    expect((await track(order.shipmentId, 'picked_up')).body.events[1].deliveredToOrder).toBe(true);
    expect(await statusOf(order.id)).toBe('shipped');

    await h.order().stop();
    try {
      const during = await track(order.shipmentId, 'in_transit');
      expect(during.status).toBe(201);
      expect(during.body.events[2].deliveredToOrder).toBe(false);
      expect((await track(order.shipmentId, 'out_for_delivery')).body.events[3].deliveredToOrder).toBe(false);
    } finally {
      await h.order().start();
    }
    // Logistics' sweep (every 200 ms here) resends what the order service missed.
    await expect
      .poll(async () => statusOf(order.id), { timeout: 8000, interval: 100 })
      .toBe('out_for_delivery');
    expect(
      (await track(order.shipmentId, 'delivered')).body.events.every(
        (e: { deliveredToOrder: boolean | null }) => e.deliveredToOrder !== false,
      ),
    ).toBe(true);

    const { body } = await call('GET', `/orders/${order.id}`, { as: users.asha });
    expect(body.status).toBe('delivered');
    expect(
      body.timeline.map((t: { status: string; shipmentStatus?: string }) => t.shipmentStatus ?? t.status),
    ).toEqual(['placed', 'picked_up', 'in_transit', 'out_for_delivery', 'delivered']);
    const shipment = await h.shipments().findOne({ _id: order.shipmentId });
    const eventIds = (await h.orders().findOne({ _id: order.id }))?.timeline
      .map((t) => t.eventId)
      .filter(Boolean);
    expect(eventIds).toEqual(shipment?.events.slice(1).map((e) => e.id));
  });
});
