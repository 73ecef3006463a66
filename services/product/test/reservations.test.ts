import { randomUUID } from 'node:crypto';
import type { ServiceName } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import type { ProductDocument } from '../src/catalog/documents.ts';
import type { ReservationDocument } from '../src/stock/reservations.ts';
import { api, seededProductService } from './helpers.ts';

const svc = seededProductService(import.meta.url);

const products = () => svc.db.client.db(svc.db.name).collection<ProductDocument>('products');
const reservations = () => svc.db.client.db(svc.db.name).collection<ReservationDocument>('reservations');

async function setStock(id: string, stock: number) {
  await products().updateOne({ _id: id }, { $set: { stock, status: 'active' } });
}
async function stockOf(id: string): Promise<number | undefined> {
  return (await products().findOne({ _id: id }))?.stock;
}

async function post(url: string, body: unknown, caller: ServiceName | null = 'cart') {
  const res = await svc.app().inject({
    method: 'POST',
    url: `${api}${url}`,
    headers: caller ? { 'x-service-key': svc.keys.key(caller) } : {},
    ...(body !== undefined && { payload: body as Record<string, unknown> }),
  });
  return { status: res.statusCode, body: res.json() };
}

const reserve = (body: unknown, caller: ServiceName | null = 'cart') =>
  post('/internal/reservations', body, caller);
const release = (id: string, caller: ServiceName | null = 'order') =>
  post(`/internal/reservations/${id}/release`, undefined, caller);

/** Distinct seeded products for each test, so tests never share stock. */
let nextProduct = 0;
function productIds(n: number): string[] {
  const seed = svc.seed().products;
  const ids = seed.slice(nextProduct, nextProduct + n).map((p) => p.id);
  nextProduct += n;
  return ids;
}

describe('service keys on internal routes', () => {
  it('answers 401 without a key and 403 with a wrong key or one of a caller not allowed', async () => {
    const [id] = productIds(1) as [string];
    const body = { reservationId: `chk-${randomUUID()}`, lines: [{ productId: id, quantity: 1 }] };
    expect(await reserve(body, null)).toMatchObject({ status: 401, body: { code: 'SERVICE_KEY_REQUIRED' } });
    const wrong = await svc.app().inject({
      method: 'POST',
      url: `${api}/internal/reservations`,
      headers: { 'x-service-key': 'not-a-key-anyone-was-given-0000' },
      payload: body,
    });
    expect(wrong.statusCode).toBe(403);
    expect(wrong.json().code).toBe('SERVICE_KEY_INVALID');
    expect(await reserve(body, 'reviews')).toMatchObject({
      status: 403,
      body: { code: 'SERVICE_KEY_INVALID' },
    });
    expect(await release(body.reservationId, null)).toMatchObject({ status: 401 });
    expect(await release(body.reservationId, 'reviews')).toMatchObject({ status: 403 });
    expect(await release('short')).toMatchObject({ status: 400 });
    const stock = await stockOf(id);
    expect(await reserve(body, 'order')).toMatchObject({ status: 201 });
    expect(await stockOf(id)).toBe((stock ?? 0) - 1);
  });
});

describe('reserving stock', () => {
  it('takes stock for every line and describes what was reserved', async () => {
    const [a, b] = productIds(2) as [string, string];
    await setStock(a, 5);
    await setStock(b, 2);
    const body = {
      reservationId: `chk-${randomUUID()}`,
      lines: [
        { productId: a, quantity: 3 },
        { productId: b, quantity: 2 },
      ],
    };
    const res = await reserve(body);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const seeded = svc.seed().products.find((p) => p.id === a);
    expect(res.body).toEqual({
      reservationId: body.reservationId,
      status: 'reserved',
      lines: [
        {
          productId: a,
          quantity: 3,
          unitPrice: { amount: seeded?.price, currency: 'INR' },
          name: seeded?.name,
          image: null,
        },
        {
          productId: b,
          quantity: 2,
          unitPrice: { amount: expect.any(Number), currency: 'INR' },
          name: expect.any(String),
          image: null,
        },
      ],
    });
    expect(await stockOf(a)).toBe(2);
    expect(await stockOf(b)).toBe(0);

    // The same call again (a retried checkout step) reserves nothing more and answers the same reservation.
    const again = await reserve(body);
    expect(again).toEqual({ status: 200, body: res.body });
    expect(await stockOf(a)).toBe(2);
    // The same id with other lines is a caller bug, not a retry.
    expect(await reserve({ ...body, lines: [{ productId: a, quantity: 1 }] })).toMatchObject({
      status: 409,
      body: { code: 'RESERVATION_MISMATCH' },
    });
  });

  it('reserves nothing when one line is short: earlier lines are given back and the short ones named', async () => {
    const [a, b, c] = productIds(3) as [string, string, string];
    await setStock(a, 4);
    await setStock(b, 1);
    await setStock(c, 0);
    const body = {
      reservationId: `chk-${randomUUID()}`,
      lines: [
        { productId: a, quantity: 2 },
        { productId: b, quantity: 3 },
        { productId: c, quantity: 1 },
      ],
    };
    const res = await reserve(body);
    expect(res.status).toBe(409);
    expect(res.body.code).toBe('OUT_OF_STOCK');
    expect(res.body.message).toContain(b);
    expect(res.body.details).toEqual([
      { in: 'body', path: '/lines/1/quantity', message: `${b} is short: 1 available, 3 requested` },
      { in: 'body', path: '/lines/2/quantity', message: `${c} is short: 0 available, 1 requested` },
    ]);
    expect(await stockOf(a)).toBe(4);
    expect(await stockOf(b)).toBe(1);
    expect((await reservations().findOne({ _id: body.reservationId }))?.status).toBe('failed');

    // The shopper fixes the cart and checkout retries with the same id: the failed reservation is reused.
    const retry = await reserve({ ...body, lines: [{ productId: a, quantity: 2 }] });
    expect(retry).toMatchObject({ status: 201, body: { status: 'reserved' } });
    expect(await stockOf(a)).toBe(2);
  });

  it('refuses archived and unknown products as out of stock', async () => {
    const [a] = productIds(1) as [string];
    await products().updateOne({ _id: a }, { $set: { stock: 10, status: 'archived' } });
    const res = await reserve({
      reservationId: `chk-${randomUUID()}`,
      lines: [
        { productId: a, quantity: 1 },
        { productId: 'never-existed', quantity: 1 },
      ],
    });
    expect(res.status).toBe(409);
    expect(res.body.details.map((d: { message: string }) => d.message)).toEqual([
      `${a} is no longer sold: 0 available, 1 requested`,
      'never-existed does not exist: 0 available, 1 requested',
    ]);
    expect(await stockOf(a)).toBe(10);
  });

  it('answers 409 RESERVATION_IN_PROGRESS while the same reservation is being made', async () => {
    const [a] = productIds(1) as [string];
    const reservationId = `chk-${randomUUID()}`;
    const now = new Date();
    await reservations().insertOne({
      _id: reservationId,
      status: 'reserving',
      lines: [{ productId: a, quantity: 1 }],
      caller: 'cart',
      createdAt: now,
      updatedAt: now,
    });
    expect(await reserve({ reservationId, lines: [{ productId: a, quantity: 1 }] })).toMatchObject({
      status: 409,
      body: { code: 'RESERVATION_IN_PROGRESS' },
    });
    expect(await release(reservationId)).toMatchObject({
      status: 409,
      body: { code: 'RESERVATION_IN_PROGRESS' },
    });
  });

  it.each([
    [
      'a duplicate product',
      {
        lines: [
          { productId: 'a-b', quantity: 1 },
          { productId: 'a-b', quantity: 2 },
        ],
      },
      'DUPLICATE_PRODUCT',
    ],
    ['a quantity over 10', { lines: [{ productId: 'a-b', quantity: 11 }] }, 'VALIDATION_FAILED'],
    ['a zero quantity', { lines: [{ productId: 'a-b', quantity: 0 }] }, 'VALIDATION_FAILED'],
    ['no lines', { lines: [] }, 'VALIDATION_FAILED'],
    [
      '51 lines',
      { lines: Array.from({ length: 51 }, (_, i) => ({ productId: `p-${i}`, quantity: 1 })) },
      'VALIDATION_FAILED',
    ],
    ['a short reservation id', { reservationId: 'abc' }, 'VALIDATION_FAILED'],
    ['a reservation id with a slash', { reservationId: 'abc/defgh-ijk' }, 'VALIDATION_FAILED'],
    [
      'an operator as product id',
      { lines: [{ productId: { $gt: '' }, quantity: 1 }] },
      'OPERATOR_NOT_ALLOWED',
    ],
  ])('refuses %s with 400', async (_name, overrides, code) => {
    const res = await reserve({
      reservationId: `chk-${randomUUID()}`,
      lines: [{ productId: 'a-b', quantity: 1 }],
      ...overrides,
    });
    expect(res).toMatchObject({ status: 400, body: { code } });
  });
});

describe('releasing stock', () => {
  it('gives the stock back once, however often it is asked', async () => {
    const [a, b] = productIds(2) as [string, string];
    await setStock(a, 3);
    await setStock(b, 3);
    const reservationId = `order-${randomUUID()}`;
    const reserved = await reserve({
      reservationId,
      lines: [
        { productId: a, quantity: 3 },
        { productId: b, quantity: 1 },
      ],
    });
    expect(reserved.status).toBe(201);
    expect(await stockOf(a)).toBe(0);

    const first = await release(reservationId);
    expect(first).toMatchObject({
      status: 200,
      body: { reservationId, status: 'released', lines: reserved.body.lines },
    });
    expect(await stockOf(a)).toBe(3);
    expect(await stockOf(b)).toBe(3);
    const results = await Promise.all(Array.from({ length: 10 }, () => release(reservationId)));
    for (const r of results) expect(r).toEqual(first);
    expect(await stockOf(a)).toBe(3);
    expect(await stockOf(b)).toBe(3);
  });

  it('releases concurrently requested releases exactly once', async () => {
    const [a] = productIds(1) as [string];
    await setStock(a, 2);
    const reservationId = `order-${randomUUID()}`;
    expect((await reserve({ reservationId, lines: [{ productId: a, quantity: 2 }] })).status).toBe(201);
    const results = await Promise.all(Array.from({ length: 15 }, () => release(reservationId, 'cart')));
    expect(results.every((r) => r.status === 200 && r.body.status === 'released')).toBe(true);
    expect(await stockOf(a)).toBe(2);
  });

  it('answers 404 for an unknown reservation and 200 with nothing for a failed one', async () => {
    expect(await release('no-such-reservation')).toMatchObject({
      status: 404,
      body: { code: 'RESERVATION_NOT_FOUND' },
    });
    const [a] = productIds(1) as [string];
    await setStock(a, 0);
    const reservationId = `chk-${randomUUID()}`;
    expect((await reserve({ reservationId, lines: [{ productId: a, quantity: 1 }] })).status).toBe(409);
    expect(await release(reservationId)).toEqual({
      status: 200,
      body: { reservationId, status: 'failed', lines: [] },
    });
    expect(await stockOf(a)).toBe(0);
  });
});

describe('stock under concurrent checkouts', () => {
  it('lets exactly K of 30 concurrent reservations take the last K units; stock ends at 0', async () => {
    const [a] = productIds(1) as [string];
    const k = 7;
    await setStock(a, k);
    const results = await Promise.all(
      Array.from({ length: 30 }, () =>
        reserve({ reservationId: `chk-${randomUUID()}`, lines: [{ productId: a, quantity: 1 }] }),
      ),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(k);
    const refused = results.filter((r) => r.status !== 201);
    expect(refused).toHaveLength(30 - k);
    for (const r of refused) expect(r.body.code).toBe('OUT_OF_STOCK');
    expect(await stockOf(a)).toBe(0);
  });

  it('never goes negative when multi-line reservations race and undo each other', async () => {
    const [a, b] = productIds(2) as [string, string];
    await setStock(a, 5);
    await setStock(b, 5);
    // Every checkout wants 2 of each: at most 2 can succeed, and failed ones must give back what they took.
    const results = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        reserve({
          reservationId: `chk-${randomUUID()}`,
          lines:
            i % 2 === 0
              ? [
                  { productId: a, quantity: 2 },
                  { productId: b, quantity: 2 },
                ]
              : [
                  { productId: b, quantity: 2 },
                  { productId: a, quantity: 2 },
                ],
        }),
      ),
    );
    // Racing checkouts can make each other fail (each took one line the other needed), so fewer may win.
    const won = results.filter((r) => r.status === 201).length;
    expect(won).toBeLessThanOrEqual(2);
    for (const r of results.filter((x) => x.status !== 201)) expect(r.body.code).toBe('OUT_OF_STOCK');
    expect(await stockOf(a)).toBe(5 - 2 * won);
    expect(await stockOf(b)).toBe(5 - 2 * won);
  });

  it('reserves once when the same reservation id arrives 20 times at once', async () => {
    const [a] = productIds(1) as [string];
    await setStock(a, 10);
    const body = { reservationId: `chk-${randomUUID()}`, lines: [{ productId: a, quantity: 3 }] };
    const results = await Promise.all(Array.from({ length: 20 }, () => reserve(body)));
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    for (const r of results.filter((x) => x.status !== 201)) {
      expect([200, 409]).toContain(r.status);
      if (r.status === 409) expect(r.body.code).toBe('RESERVATION_IN_PROGRESS');
    }
    expect(await stockOf(a)).toBe(7);
  });
});

describe('stock with two instances of the service', () => {
  it('still lets exactly K of 30 reservations split over two instances take the last K units', async () => {
    const second = await svc.replica();
    try {
      const [a] = productIds(1) as [string];
      const k = 4;
      await setStock(a, k);
      const results = await Promise.all(
        Array.from({ length: 30 }, async (_, i) => {
          const res = await (i % 2 === 0 ? svc.app() : second).inject({
            method: 'POST',
            url: `${api}/internal/reservations`,
            headers: { 'x-service-key': svc.keys.key('cart') },
            payload: { reservationId: `chk-${randomUUID()}`, lines: [{ productId: a, quantity: 1 }] },
          });
          return res.statusCode;
        }),
      );
      expect(results.filter((status) => status === 201)).toHaveLength(k);
      expect(results.filter((status) => status === 409)).toHaveLength(30 - k);
      expect(await stockOf(a)).toBe(0);
    } finally {
      await second.close();
    }
  });
});
