import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { orderHarness, orderRequest, users } from './support/harness.ts';

// The real product service holds the stock: a cancelled order's reservation must come back exactly once.
const h = orderHarness(import.meta.url, { withProduct: true });
const { call, place } = h;

const stockOf = async (productId: string) => (await h.products().findOne({ _id: productId }))?.stock;

/** Reserves stock in product as the cart does at checkout, then places the order for it. */
async function checkout(quantity = 2, userId: string = users.asha.id) {
  const product = h.catalog().products.find((p) => p.stock >= 50);
  if (!product) throw new Error('the seed catalog has no product with stock');
  const checkoutId = `chk-${randomUUID()}`;
  const reserved = await h.productCall('POST', '/internal/reservations', {
    reservationId: checkoutId,
    lines: [{ productId: product.id, quantity }],
  });
  expect(reserved.status).toBe(201);
  const unitPrice = reserved.body.lines[0].unitPrice.amount;
  const res = await place(
    orderRequest({
      userId,
      checkoutId,
      lines: [{ productId: product.id, quantity, unitPrice, name: product.name }],
    }),
  );
  expect(res.status).toBe(201);
  return { order: res.body as { id: string; shipmentId: string | null }, productId: product.id, checkoutId };
}

const cancel = (orderId: string, as: object = users.asha, body: unknown = { reason: 'Ordered by mistake' }) =>
  call('POST', `/orders/${orderId}/cancel`, { as: as as typeof users.asha, body });

const stored = async (orderId: string) => h.orders().findOne({ _id: orderId });

describe('POST /orders/:orderId/cancel', () => {
  it('cancels a placed order, gives its stock back and cancels its shipment', async () => {
    const { order, productId, checkoutId } = await checkout(3);
    const before = await stockOf(productId);
    const res = await cancel(order.id);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      status: 'cancelled',
      cancellable: false,
      cancellation: { reason: 'Ordered by mistake', at: expect.any(String) },
    });
    expect(res.body.timeline.at(-1)).toMatchObject({
      status: 'cancelled',
      note: 'Cancelled: Ordered by mistake',
    });
    expect(await stockOf(productId)).toBe((before ?? 0) + 3);
    expect((await h.productCall('POST', `/internal/reservations/${checkoutId}/release`)).body.status).toBe(
      'released',
    );
    expect((await h.shipments().findOne({ orderId: order.id }))?.status).toBe('cancelled');
    expect((await stored(order.id))?.cancellation).toMatchObject({
      pending: false,
      reservation: 'released',
      shipment: 'cancelled',
    });
    const events = await h.events();
    expect(events).toContainEqual(
      expect.objectContaining({ type: 'order.cancelled', subject: order.id, userId: users.asha.id }),
    );
  });

  it('cancels a packed order too, but not a shipped one (409), nor one cancelled already', async () => {
    const packed = await checkout();
    expect((await call('POST', `/admin/orders/${packed.order.id}/pack`, { as: users.admin })).status).toBe(
      200,
    );
    expect((await cancel(packed.order.id, users.asha, {})).body.status).toBe('cancelled');
    expect(await cancel(packed.order.id)).toMatchObject({
      status: 409,
      body: { code: 'ORDER_NOT_CANCELLABLE' },
    });

    const shipped = await checkout();
    const stock = await stockOf(shipped.productId);
    const picked = await h.logisticsCall('POST', `/shipments/${shipped.order.shipmentId}/events`, {
      as: users.admin,
      body: { status: 'picked_up', location: 'Bhiwandi' },
    });
    expect(picked.status).toBe(201);
    expect((await stored(shipped.order.id))?.status).toBe('shipped');
    expect(await cancel(shipped.order.id)).toMatchObject({
      status: 409,
      body: { code: 'ORDER_NOT_CANCELLABLE' },
    });
    expect(await stockOf(shipped.productId)).toBe(stock);
  });

  it('lets exactly one of ten concurrent cancels through and releases the stock once', async () => {
    const { order, productId } = await checkout(4);
    const before = await stockOf(productId);
    const results = await Promise.all(Array.from({ length: 10 }, () => cancel(order.id)));
    expect(results.filter((r) => r.status === 200)).toHaveLength(1);
    expect(results.filter((r) => r.status === 409)).toHaveLength(9);
    expect(await stockOf(productId)).toBe((before ?? 0) + 4);
  });

  it("treats someone else's order as not found, and is for customers only", async () => {
    const { order } = await checkout();
    expect(await cancel(order.id, users.ravi)).toMatchObject({
      status: 404,
      body: { code: 'ORDER_NOT_FOUND' },
    });
    expect((await cancel('no-such-order')).status).toBe(404);
    expect((await cancel(order.id, users.seller)).status).toBe(403);
    expect((await cancel(order.id, users.admin)).status).toBe(403);
    expect((await call('POST', `/orders/${order.id}/cancel`, { body: {} })).status).toBe(401);
    for (const body of [
      { reason: '' },
      { reason: 'x'.repeat(301) },
      { reason: 'ok', refund: true },
      { reason: { $ne: 1 } },
    ]) {
      expect((await cancel(order.id, users.asha, body)).status).toBe(400);
    }
    expect((await stored(order.id))?.status).toBe('placed');
  });
});

describe('cancelling while product or logistics is down', () => {
  it('cancels at once and releases the stock, exactly once, when product is back', async () => {
    const { order, productId } = await checkout(5);
    const before = await stockOf(productId);
    await h.product().stop();
    try {
      const res = await cancel(order.id);
      expect(res.status).toBe(200);
      expect(res.body.status).toBe('cancelled');
      expect((await stored(order.id))?.cancellation).toMatchObject({
        pending: true,
        reservation: 'pending',
        shipment: 'cancelled',
        lastError: 'product unavailable',
      });
      expect(await stockOf(productId)).toBe(before);
    } finally {
      await h.product().start();
    }
    await expect
      .poll(async () => (await stored(order.id))?.cancellation?.pending, { timeout: 8000, interval: 100 })
      .toBe(false);
    expect((await stored(order.id))?.cancellation?.reservation).toBe('released');
    expect(await stockOf(productId)).toBe((before ?? 0) + 5);
    // Later sweeps and reads change nothing more.
    await new Promise((r) => setTimeout(r, 500));
    await call('GET', `/orders/${order.id}`, { as: users.asha });
    expect(await stockOf(productId)).toBe((before ?? 0) + 5);
  });

  it('cancels the shipment when logistics is back', async () => {
    const { order, productId } = await checkout(1);
    const before = await stockOf(productId);
    await h.logistics().stop();
    try {
      expect((await cancel(order.id)).status).toBe(200);
      expect((await stored(order.id))?.cancellation).toMatchObject({
        reservation: 'released',
        shipment: 'pending',
      });
      expect(await stockOf(productId)).toBe((before ?? 0) + 1);
    } finally {
      await h.logistics().start();
    }
    await expect
      .poll(async () => (await h.shipments().findOne({ orderId: order.id }))?.status, {
        timeout: 8000,
        interval: 100,
      })
      .toBe('cancelled');
    await expect
      .poll(async () => (await stored(order.id))?.cancellation?.pending, { timeout: 8000, interval: 100 })
      .toBe(false);
  });

  it('cancels an order whose shipment was never booked, leaving no live shipment behind', async () => {
    await h.logistics().stop();
    let orderId = '';
    try {
      const { order } = await checkout(1);
      orderId = order.id;
      expect(order.shipmentId).toBeNull();
      expect((await cancel(order.id)).status).toBe(200);
    } finally {
      await h.logistics().start();
    }
    await expect
      .poll(async () => (await stored(orderId))?.cancellation?.pending, { timeout: 8000, interval: 100 })
      .toBe(false);
    // The booking may have reached logistics unheard, so the cancel books-then-cancels: never a live one.
    const shipment = await h.shipments().findOne({ orderId });
    expect(shipment === null || shipment.status === 'cancelled').toBe(true);
    expect((await stored(orderId))?.shipment.state).not.toBe('pending');
  });
});
