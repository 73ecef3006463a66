/**
 * Dependency outage during checkout: a cart service replica whose logistics service (a replica of its own)
 * goes down while shoppers check out. Every checkout must fail cleanly with 503 DEPENDENCY_UNAVAILABLE
 * naming logistics, the stock it reserved must be given back, every cart must stay as it was, and the cart
 * service must keep running; once logistics is back, the same shoppers check out successfully.
 */
import { randomUUID } from 'node:crypto';
import { apiPrefix } from '@emporium/registry';
import { logInSeller, type Session, signUp } from '../../../e2e/support/accounts.ts';
import { type DrillResult, Expectations, knob, step } from './drill.ts';
import { errorCode, send } from './load.ts';
import { type DrillPlatform, type Replica, replicaEnv, startReplica } from './platform.ts';
import { createProduct, stockOf } from './products.ts';

const name = 'dependency outage';
const quantity = 2;
const address = {
  name: 'Drill Shopper',
  phone: '+919800000042',
  line1: '12 MG Road',
  city: 'Bengaluru',
  state: 'Karnataka',
  pincode: '560001',
};

export async function dependencyOutage(p: DrillPlatform): Promise<DrillResult> {
  const expect = new Expectations(name);
  const count = knob('DRILL_SHOPPERS', 4);
  const replicas: Replica[] = [];
  try {
    const logistics = await startReplica(p, 'logistics', 'logistics', replicaEnv(p, 'logistics'));
    replicas.push(logistics);
    const cart = await startReplica(
      p,
      'cart',
      'cart',
      replicaEnv(p, 'cart', {
        dependencies: { logistics: logistics.url },
        env: { SERVICE_CALL_TIMEOUT_MS: '5000' },
      }),
    );
    replicas.push(cart);
    step(
      name,
      `cart replica ${cart.url} calling logistics replica ${logistics.url} (product, order: the platform's)`,
    );

    const seller = await logInSeller(p.baseUrl);
    const stock = count * quantity * 2;
    const item = await createProduct(p.baseUrl, seller.token, stock);
    if (!item.id) throw new Error(`creating a product failed: ${item.status} ${JSON.stringify(item.body)}`);
    const productId = item.id;
    const productUrl = p.serviceUrls.product ?? p.baseUrl;
    const shoppers: Session[] = await Promise.all(Array.from({ length: count }, () => signUp(p.baseUrl)));
    const cartApi = (
      s: Session,
      method: string,
      path: string,
      body?: unknown,
      headers?: Record<string, string>,
    ) =>
      send(`${cart.url}${apiPrefix('cart')}${path}`, {
        method,
        headers: { authorization: `Bearer ${s.token}`, ...headers },
        body,
        timeoutMs: 30_000,
      });
    const checkout = (s: Session) =>
      cartApi(
        s,
        'POST',
        '/checkout',
        { shippingAddress: address, paymentMethod: 'cod' },
        { 'idempotency-key': `drill-${randomUUID()}` },
      );
    const cartItems = async (s: Session) => {
      const reply = await cartApi(s, 'GET', '/cart');
      return ((reply.body.items as { productId: string; quantity: number }[] | undefined) ?? []).filter(
        (i) => i.productId === productId,
      );
    };

    for (const s of shoppers) {
      const added = await cartApi(s, 'POST', '/cart/items', { productId, quantity });
      if (added.status >= 300)
        throw new Error(`adding to the cart failed: ${added.status} ${JSON.stringify(added.body)}`);
    }
    const quote = await cartApi(shoppers[0] as Session, 'GET', '/checkout/quote?pincode=560001');
    expect.check(quote.status === 200, 'with everything up, a delivery quote works', String(quote.status));
    step(name, `${count} shoppers each have ${quantity} of a new product (stock ${stock}) in their carts`);

    step(name, `stopping logistics (SIGTERM to pid ${logistics.pid})`);
    await logistics.stop();
    let sent = 0;
    let failed = 0;
    const outageStart = performance.now();
    const outageReplies = await Promise.all(shoppers.map((s) => checkout(s)));
    const outageMs = Math.round(performance.now() - outageStart);
    sent += outageReplies.length;
    const clean = outageReplies.filter(
      (r) =>
        r.status === 503 &&
        errorCode(r.body) === 'DEPENDENCY_UNAVAILABLE' &&
        String(r.body.message).includes('logistics'),
    );
    failed += outageReplies.length - clean.length;
    expect.check(
      clean.length === outageReplies.length,
      'every checkout during the outage answered 503 DEPENDENCY_UNAVAILABLE naming logistics',
      outageReplies.map((r) => `${r.status} ${errorCode(r.body)}`).join(', '),
    );

    const stockAfterFailure = (await stockOf(productUrl, productId)) ?? -1;
    expect.check(
      stockAfterFailure === stock,
      'the stock reserved by the failed checkouts was given back',
      `${stockAfterFailure} of ${stock}`,
    );
    const cartsAfterFailure = await Promise.all(shoppers.map(cartItems));
    const intact = cartsAfterFailure.filter(
      (items) => items.length === 1 && items[0]?.quantity === quantity,
    ).length;
    expect.check(intact === count, 'every cart is intact', `${intact} of ${count}`);
    const alive = await send(`${cart.url}/health`);
    expect.check(alive.status === 200, 'the cart service kept running and is healthy', String(alive.status));
    let lost = Math.abs(stock - stockAfterFailure) + (count - intact) * quantity;

    step(name, 'starting logistics again on its port');
    await logistics.start();
    const placed = await Promise.all(shoppers.map((s) => checkout(s)));
    sent += placed.length;
    const created = placed.filter((r) => r.status === 201);
    failed += placed.length - created.length;
    expect.check(
      created.length === count,
      'with logistics back, every checkout placed an order',
      placed.map((r) => `${r.status} ${errorCode(r.body)}`).join(', '),
    );
    const stockAfter = (await stockOf(productUrl, productId)) ?? -1;
    const expected = stock - created.length * quantity;
    expect.check(
      stockAfter === expected,
      'the stock went down by exactly what was ordered',
      `${stockAfter}, expected ${expected}`,
    );
    lost += Math.abs(expected - stockAfter);
    const emptied = (await Promise.all(shoppers.map(cartItems))).filter((items) => items.length === 0).length;
    expect.check(
      emptied === created.length,
      'the carts of the placed orders are empty',
      `${emptied} of ${created.length}`,
    );
    expect.note(
      `${count} concurrent checkouts refused during the outage (expected) within ${outageMs} ms, then ${created.length} placed`,
    );
    return expect.result({ sent, failed, lost });
  } finally {
    await Promise.all(replicas.map((r) => r.stop()));
  }
}
