/**
 * Checkout across the cart, product, logistics and order services, each a real process of the local run,
 * through the gateway: the happy path with a coupon and a pincode, idempotency under 20 concurrent
 * requests with one key, the last units sold to concurrent shoppers, a cancel that gives the stock back,
 * and a failing step that leaves stock and cart as they were.
 */
import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { logInSeller, type Session, signUp } from '../../support/accounts.ts';
import { call, newGuestId } from '../../support/http.ts';
import { address, newProduct as newSellerProduct, product as productNow } from './catalog.ts';

const baseUrl = inject('baseUrl');

const product = (id: string) => productNow(baseUrl, id);
const newProduct = (seller: Session, stock: number, price?: number) =>
  newSellerProduct(baseUrl, seller, stock, price);

const addToCart = (session: Session, productId: string, quantity = 1) =>
  call(baseUrl, 'cart', 'POST', '/cart/items', { token: session.token, body: { productId, quantity } });

const checkout = (session: Session, key: string, pincode = '560001') =>
  call<{ order: { id: string; number: string; status: string; totals: { total: { amount: number } } } }>(
    baseUrl,
    'cart',
    'POST',
    '/checkout',
    {
      token: session.token,
      headers: { 'idempotency-key': key },
      body: { shippingAddress: address(pincode), paymentMethod: 'cod' },
    },
  );

let seller: Session;
beforeAll(async () => {
  seller = await logInSeller(baseUrl);
});

describe('checkout', () => {
  it('takes a guest cart through sign-up, coupon, pincode check and checkout to an order with a timeline', async () => {
    const item = await newProduct(seller, 10, 299_900);
    const guestId = newGuestId();
    const added = await call(baseUrl, 'cart', 'POST', '/cart/items', {
      guestId,
      body: { productId: item.id, quantity: 2 },
    });
    expect(added.status).toBeLessThan(300);

    const shopper = await signUp(baseUrl);
    const merged = await call(baseUrl, 'cart', 'POST', '/cart/merge', { token: shopper.token, guestId });
    expect(merged.status).toBeLessThan(300);
    const cart = await call<{ items: { productId: string; quantity: number }[] }>(
      baseUrl,
      'cart',
      'GET',
      '/cart',
      { token: shopper.token },
    );
    expect(cart.body.items).toEqual([expect.objectContaining({ productId: item.id, quantity: 2 })]);

    const coupon = await call<{ coupon: { code: string } | null; totals: { discount: { amount: number } } }>(
      baseUrl,
      'cart',
      'POST',
      '/cart/coupon',
      { token: shopper.token, body: { code: 'WELCOME10' } },
    );
    expect(coupon.status).toBe(200);
    expect(coupon.body.coupon?.code).toBe('WELCOME10');
    expect(coupon.body.totals.discount.amount).toBe(50_000); // 10% of ₹5,998 is ₹599.80, capped at ₹500

    const pincode = await call<{ serviceable: boolean }>(baseUrl, 'logistics', 'GET', '/pincodes/560001');
    expect(pincode.body.serviceable).toBe(true);

    const placed = await checkout(shopper, `key-${randomUUID()}`);
    expect(placed.status, JSON.stringify(placed.body)).toBe(201);
    const order = placed.body.order;
    expect(order.status).toBe('placed');
    expect((await product(item.id)).stock).toBe(8);
    const after = await call<{ items: unknown[] }>(baseUrl, 'cart', 'GET', '/cart', { token: shopper.token });
    expect(after.body.items).toEqual([]);

    const history = await call<{ items: { id: string }[] }>(baseUrl, 'order', 'GET', '/orders', {
      token: shopper.token,
    });
    expect(history.body.items.map((o) => o.id)).toEqual([order.id]);
    const detail = await call<{ timeline: { status: string }[] }>(
      baseUrl,
      'order',
      'GET',
      `/orders/${order.id}`,
      { token: shopper.token },
    );
    expect(detail.body.timeline[0]?.status).toBe('placed');

    // Someone else's order is not found, not forbidden: its existence is not revealed.
    const stranger = await signUp(baseUrl);
    expect(
      (await call(baseUrl, 'order', 'GET', `/orders/${order.id}`, { token: stranger.token })).status,
    ).toBe(404);

    const cancelled = await call<{ status: string }>(baseUrl, 'order', 'POST', `/orders/${order.id}/cancel`, {
      token: shopper.token,
      body: { reason: 'Changed my mind' },
    });
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect((await product(item.id)).stock).toBe(10);
    const again = await call(baseUrl, 'order', 'POST', `/orders/${order.id}/cancel`, {
      token: shopper.token,
      body: {},
    });
    expect(again.status).toBe(409);
    expect((await product(item.id)).stock).toBe(10);
  });

  it('refuses a pincode it cannot deliver to and leaves stock and cart as they were', async () => {
    const item = await newProduct(seller, 5);
    const shopper = await signUp(baseUrl);
    await addToCart(shopper, item.id, 2);
    const refused = await checkout(shopper, `key-${randomUUID()}`, '999999');
    expect(refused.status).toBe(422);
    expect((refused.body as unknown as { code: string }).code).toBe('PINCODE_NOT_SERVICEABLE');
    expect((await product(item.id)).stock).toBe(5);
    const cart = await call<{ items: { quantity: number }[] }>(baseUrl, 'cart', 'GET', '/cart', {
      token: shopper.token,
    });
    expect(cart.body.items.map((i) => i.quantity)).toEqual([2]);
  });

  it('places exactly one order for 20 concurrent checkouts with one idempotency key', async () => {
    const item = await newProduct(seller, 50);
    const shopper = await signUp(baseUrl);
    await addToCart(shopper, item.id, 3);
    const key = `key-${randomUUID()}`;
    // Each of the 20 behaves like a client that honours 409 CHECKOUT_IN_PROGRESS: it retries until the
    // checkout that won the key has finished, and then gets that checkout's order replayed.
    const firstAnswers: number[] = [];
    const untilSettled = async () => {
      for (let attempt = 0; ; attempt++) {
        const reply = await checkout(shopper, key);
        if (attempt === 0) firstAnswers.push(reply.status);
        const inProgress = (reply.body as unknown as { code?: string }).code === 'CHECKOUT_IN_PROGRESS';
        if (reply.status !== 409 || !inProgress || attempt >= 60) return reply;
        await new Promise((r) => setTimeout(r, 500));
      }
    };
    const replies = await Promise.all(Array.from({ length: 20 }, untilSettled));
    const summary = JSON.stringify(replies.map((r) => [r.status, r.body]));
    expect(
      firstAnswers.every((s) => [200, 201, 409].includes(s)),
      String(firstAnswers),
    ).toBe(true);
    expect(
      replies.filter((r) => r.status === 201),
      summary,
    ).toHaveLength(1);
    const replays = replies.filter((r) => r.status === 200);
    expect(replays, summary).toHaveLength(19);
    for (const r of replays) expect(r.headers.get('idempotent-replayed')).toBe('true');
    const ids = new Set(replies.map((r) => r.body.order.id));
    expect(ids.size).toBe(1);

    const history = await call<{ items: { id: string }[] }>(baseUrl, 'order', 'GET', '/orders', {
      token: shopper.token,
    });
    expect(history.body.items.map((o) => o.id)).toEqual([...ids]);
    expect((await product(item.id)).stock).toBe(47);

    // The same key after completion still replays the same order.
    const replay = await checkout(shopper, key);
    expect(replay.status).toBe(200);
    expect(replay.headers.get('idempotent-replayed')).toBe('true');
    expect(replay.body.order.id).toBe([...ids][0]);

    // The same key with a different request is refused, not silently answered with the old order.
    const reused = await call(baseUrl, 'cart', 'POST', '/checkout', {
      token: shopper.token,
      headers: { 'idempotency-key': key },
      body: { shippingAddress: address('110001'), paymentMethod: 'cod' },
    });
    expect(reused.status).toBe(422);
    expect(reused.body.code).toBe('IDEMPOTENCY_KEY_REUSED');
  });

  it('sells the last K units to exactly K of N concurrent shoppers and never goes below zero', async () => {
    const units = 3;
    const shoppers = 8;
    const item = await newProduct(seller, units);
    const sessions = await Promise.all(Array.from({ length: shoppers }, () => signUp(baseUrl)));
    for (const s of sessions) expect((await addToCart(s, item.id, 1)).status).toBeLessThan(300);

    const replies = await Promise.all(sessions.map((s) => checkout(s, `key-${randomUUID()}`)));
    const summary = JSON.stringify(replies.map((r) => [r.status, r.body]));
    const placed = replies.filter((r) => r.status === 201);
    const refused = replies.filter((r) => r.status !== 201);
    expect(placed, summary).toHaveLength(units);
    for (const r of refused) {
      expect(r.status, summary).toBe(409);
      expect((r.body as unknown as { code: string }).code).toBe('OUT_OF_STOCK');
    }
    expect((await product(item.id)).stock).toBe(0);
    // Every unit sold is an order, one per winning shopper.
    const orders = await Promise.all(
      sessions.map((s) =>
        call<{ items: unknown[] }>(baseUrl, 'order', 'GET', '/orders', { token: s.token }).then(
          (r) => r.body.items.length,
        ),
      ),
    );
    expect(orders.reduce((a, b) => a + b, 0)).toBe(units);
  });
});
