import { type RecordedCall, type StandIn, startStandIn } from '@emporium/service-kit/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logisticsHarness, shipmentRequest, users } from './helpers.ts';

// The order service, standing in: it checks the logistics key, records events once per event id (as the
// real one does) and refuses events of orders it does not know.
let orders: StandIn | undefined;
let acceptedKey: () => string = () => '';
const recorded = new Map<string, RecordedCall>();
const unknownOrder = 'order-nobody-knows';

beforeAll(async () => {
  orders = await startStandIn({
    serviceKey: () => acceptedKey(),
    routes: (call) => {
      const body = call.body as { eventId: string; status: string };
      if (call.path.includes(unknownOrder))
        return { status: 404, body: { code: 'ORDER_NOT_FOUND', message: 'no' } };
      const duplicate = recorded.has(body.eventId);
      if (!duplicate) recorded.set(body.eventId, call);
      return { status: 200, body: { applied: !duplicate, duplicate, status: 'shipped' } };
    },
  });
});
afterAll(() => orders?.close());

const svc = logisticsHarness(import.meta.url, {
  env: () => ({
    ORDER_SERVICE_URL: orders?.url ?? '',
    ORDER_FEED_SWEEP_MS: '200',
    SERVICE_CALL_TIMEOUT_MS: '500',
  }),
});
const { call, asService } = svc;
beforeAll(() => {
  acceptedKey = () => svc.keys.key('logistics');
});

const standIn = () => {
  if (!orders) throw new Error('order stand-in not started');
  return orders;
};

async function newShipment(overrides: Record<string, unknown> = {}) {
  const res = await call('POST', '/internal/shipments', {
    body: shipmentRequest(overrides),
    headers: asService('order'),
  });
  expect(res.status).toBe(201);
  return res.body as { id: string; orderId: string };
}

const track = async (id: string, status: string) => {
  const res = await call('POST', `/shipments/${id}/events`, {
    as: users.admin,
    body: { status, location: 'Pune hub' },
  });
  expect(res.status).toBe(201);
  return res.body as { events: { id: string; status: string; deliveredToOrder: boolean | null }[] };
};

const eventsOf = (orderId: string) =>
  standIn().calls.filter((c) => c.path === `/order-service/api/v1/internal/orders/${orderId}/events`);

describe('tracking events reach the order service', () => {
  it('sends each event with the logistics key, the event id as idempotency key, and the event', async () => {
    const shipment = await newShipment();
    const { events } = await track(shipment.id, 'picked_up');
    const event = events[1];
    expect(event).toMatchObject({ status: 'picked_up', deliveredToOrder: true });
    const [sent] = eventsOf(shipment.orderId);
    expect(sent?.method).toBe('POST');
    expect(sent?.headers['x-service-key']).toBe(svc.keys.key('logistics'));
    expect(sent?.headers['idempotency-key']).toBe(event?.id);
    expect(sent?.body).toEqual({
      eventId: event?.id,
      shipmentId: shipment.id,
      status: 'picked_up',
      at: expect.any(String),
      location: 'Pune hub',
      note: 'Picked up by the carrier',
    });
  });

  it('keeps events while the order service is down and delivers them, in order and once, when it is back', async () => {
    const shipment = await newShipment();
    await standIn().stop();
    const during = await track(shipment.id, 'picked_up');
    expect(during.events[1]?.deliveredToOrder).toBe(false);
    const later = await track(shipment.id, 'in_transit');
    expect(later.events.slice(1).map((e) => e.deliveredToOrder)).toEqual([false, false]);
    expect(eventsOf(shipment.orderId)).toHaveLength(0);

    await standIn().start();
    const after = await track(shipment.id, 'out_for_delivery');
    expect(after.events.slice(1).map((e) => e.deliveredToOrder)).toEqual([true, true, true]);
    const sent = eventsOf(shipment.orderId).map((c) => c.body as { eventId: string; status: string });
    expect(sent.map((e) => e.status)).toEqual(['picked_up', 'in_transit', 'out_for_delivery']);
    expect(sent.map((e) => e.eventId)).toEqual(after.events.slice(1).map((e) => e.id));
    expect((await svc.shipments().findOne({ _id: shipment.id }))?.undeliveredEventIds).toEqual([]);
  });

  it('resends pending events with the periodic sweep, without a new event', async () => {
    const first = await newShipment();
    const second = await newShipment();
    await standIn().stop();
    await track(first.id, 'picked_up');
    await track(second.id, 'picked_up');
    await track(second.id, 'delivered');
    await standIn().start();
    await expect
      .poll(
        async () => await svc.shipments().countDocuments({ 'undeliveredEventIds.0': { $exists: true } }),
        {
          timeout: 5000,
          interval: 100,
        },
      )
      .toBe(0);
    expect(eventsOf(first.orderId).map((c) => (c.body as { status: string }).status)).toEqual(['picked_up']);
    expect(eventsOf(second.orderId).map((c) => (c.body as { status: string }).status)).toEqual([
      'picked_up',
      'delivered',
    ]);
    const shown = await call('GET', `/shipments/${second.id}`, { as: users.asha });
    expect(shown.body.events.map((e: { deliveredToOrder: boolean | null }) => e.deliveredToOrder)).toEqual([
      null,
      true,
      true,
    ]);
  });

  it('keeps events the order service refuses for our key (a configuration error to fix, not to drop)', async () => {
    const shipment = await newShipment();
    acceptedKey = () => 'a-key-that-logistics-does-not-have';
    try {
      const { events } = await track(shipment.id, 'picked_up');
      expect(events[1]?.deliveredToOrder).toBe(false);
    } finally {
      acceptedKey = () => svc.keys.key('logistics');
    }
    await expect
      .poll(async () => (await svc.shipments().findOne({ _id: shipment.id }))?.undeliveredEventIds.length, {
        timeout: 5000,
        interval: 100,
      })
      .toBe(0);
    expect(eventsOf(shipment.orderId)).toHaveLength(1);
  });

  it('does not resend an event the order service refuses for good (no such order)', async () => {
    const shipment = await newShipment({ orderId: unknownOrder });
    const { events } = await track(shipment.id, 'picked_up');
    expect(events[1]?.deliveredToOrder).toBe(true);
    const attempts = eventsOf(unknownOrder).length;
    await new Promise((r) => setTimeout(r, 600));
    expect(eventsOf(unknownOrder)).toHaveLength(attempts);
  });

  it('never records one event twice at the order service across all of the above', () => {
    const ids = standIn()
      .calls.filter((c) => !c.path.includes(unknownOrder))
      .map((c) => (c.body as { eventId: string }).eventId);
    expect(new Set(ids).size).toBe(recorded.size);
    expect(ids.length).toBe(recorded.size);
  });
});
