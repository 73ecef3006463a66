/**
 * A dependency that goes down fails only the features that need it, with 503 DEPENDENCY_UNAVAILABLE
 * naming it, and the caller keeps running. Real processes: this file starts its own replicas of the
 * product and logistics services on the platform's database, and a cart service replica that calls them
 * (and the platform's order and activity services), with the run's service keys. Then it stops the
 * logistics replica, and later the product replica, as an outage would, and watches the cart replica.
 * The platform's own services are left alone, so the other test files are not disturbed.
 */
import { freePort, repoRoot } from '@emporium/embedded-db';
import { type ServiceProcess, startServiceProcess } from '@emporium/local-platform';
import {
  apiPrefix,
  type ServiceName,
  serviceCallers,
  serviceCalls,
  serviceUrlVariable,
} from '@emporium/registry';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { logInSeller, type Session, signUp } from '../../support/accounts.ts';
import { call } from '../../support/http.ts';
import { address, newProduct, type Product, product } from './catalog.ts';

const baseUrl = inject('baseUrl');
const serviceUrls = inject('serviceUrls');
const serviceKeys = inject('serviceKeys');
const databaseUri = inject('databaseUri');

const logs: string[] = [];
const replicas: ServiceProcess[] = [];

/** A replica of one service with the settings the platform gives that service, and some URLs replaced. */
async function startReplica(
  name: ServiceName,
  dependencies: Partial<Record<ServiceName, string>> = {},
): Promise<ServiceProcess> {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    MONGODB_URI: databaseUri,
    LOG_LEVEL: 'warn',
    JWKS_URL: `${serviceUrls.user}${apiPrefix('user')}/.well-known/jwks.json`,
    SERVICE_KEY: serviceKeys[name],
    TRUSTED_SERVICE_KEYS: serviceCallers(name)
      .map((caller) => `${caller}=${serviceKeys[caller]}`)
      .join(','),
    SERVICE_CALL_TIMEOUT_MS: '5000',
  };
  for (const dependency of serviceCalls(name)) {
    env[serviceUrlVariable(dependency)] = dependencies[dependency] ?? serviceUrls[dependency];
  }
  const replica = await startServiceProcess({
    name,
    repoRoot: repoRoot(),
    port: await freePort(),
    env,
    log: (line) => logs.push(line),
    colour: false,
  });
  replicas.push(replica);
  return replica;
}

let productReplica: ServiceProcess;
let logisticsReplica: ServiceProcess;
let cart: ServiceProcess;
let shopper: Session;
let item: Product;

beforeAll(async () => {
  [productReplica, logisticsReplica] = await Promise.all([
    startReplica('product'),
    startReplica('logistics'),
  ]);
  cart = await startReplica('cart', { product: productReplica.url, logistics: logisticsReplica.url });
  const seller: Session = await logInSeller(baseUrl);
  item = await newProduct(baseUrl, seller, 5);
  shopper = await signUp(baseUrl);
}, 300_000);

afterAll(async () => {
  await Promise.all(replicas.map((r) => r.stop()));
});

/** The cart replica's API, called directly (the gateway routes to the platform's cart service). */
const cartCall = (method: string, path: string, body?: unknown, headers?: Record<string, string>) =>
  call(cart.url, 'cart', method, path, {
    token: shopper.token,
    ...(body === undefined ? {} : { body }),
    ...(headers ? { headers } : {}),
  });

const checkout = () =>
  cartCall(
    'POST',
    '/checkout',
    { shippingAddress: address(), paymentMethod: 'cod' },
    { 'idempotency-key': `key-${crypto.randomUUID()}` },
  );

async function expectUnavailable(reply: Awaited<ReturnType<typeof cartCall>>, dependency: ServiceName) {
  expect(reply.status, JSON.stringify(reply.body)).toBe(503);
  expect(reply.body).toMatchObject({
    code: 'DEPENDENCY_UNAVAILABLE',
    message: expect.stringContaining(`${dependency} service`),
  });
  expect(reply.headers.get('retry-after')).toBeTruthy();
}

async function expectRunning(service: ServiceProcess) {
  const health = await fetch(`${service.url}/health`);
  expect(health.status).toBe(200);
}

describe('a dependency that is down', () => {
  it('works end to end while everything is up', async () => {
    expect((await cartCall('POST', '/cart/items', { productId: item.id, quantity: 2 })).status).toBe(200);
    const quote = await cartCall('GET', '/checkout/quote?pincode=560001');
    expect(quote.status, JSON.stringify(quote.body)).toBe(200);
  });

  it('logistics down: quotes and checkout answer 503 naming logistics; the cart itself still works', async () => {
    await logisticsReplica.stop();

    await expectUnavailable(await cartCall('GET', '/checkout/quote?pincode=560001'), 'logistics');
    await expectUnavailable(await checkout(), 'logistics');
    // Nothing was taken: the failed checkout gave back what it had reserved.
    expect((await product(baseUrl, item.id)).stock).toBe(5);

    const cartNow = await cartCall('GET', '/cart');
    expect(cartNow.status).toBe(200);
    expect(cartNow.body).toMatchObject({ pricing: 'live', items: [{ productId: item.id, quantity: 2 }] });
    expect((await cartCall('PATCH', `/cart/items/${item.id}`, { quantity: 1 })).status).toBe(200);
    await expectRunning(cart);
  });

  it('product down too: changes that need prices answer 503 naming product; the cart is still shown', async () => {
    await productReplica.stop();

    await expectUnavailable(
      await cartCall('POST', '/cart/items', { productId: item.id, quantity: 3 }),
      'product',
    );
    await expectUnavailable(await checkout(), 'product');
    const cartNow = await cartCall('GET', '/cart');
    expect(cartNow.status).toBe(200);
    expect(cartNow.body).toMatchObject({
      pricing: 'unavailable',
      items: [{ productId: item.id, quantity: 1 }],
    });
    expect((await cartCall('DELETE', `/cart/items/${item.id}`)).status).toBe(200);

    // The process kept running through both outages, and still answers.
    await expectRunning(cart);
    expect((await fetch(`${cart.url}/health/live`)).status).toBe(200);
  });
});
