/**
 * Graceful shutdown inside a hardened container: a request that is still arriving when SIGTERM lands is
 * answered (with `Connection: close`), the process logs that it drains, and exits 0. Every service runs the
 * same kit shutdown (packages/service-kit/src/server.ts); the product service stands for them here, and
 * test/hardened.test.ts shows every image exits 0 on SIGTERM.
 */
import { connect, type Socket } from 'node:net';
import { apiPrefix } from '@emporium/registry';
import { Network, type StartedNetwork } from 'testcontainers';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { imageSpec } from '../src/catalog.ts';
import { docker } from '../src/docker.ts';
import { containerHost } from '../src/edge.ts';
import { removeContainer, type StartedImage, startHardened } from '../src/hardened.ts';
import { terminate } from './support/probe.ts';

const database = imageSpec('embedded-db');
const product = imageSpec('product-service');
let network: StartedNetwork;
let db: StartedImage;
let service: StartedImage;

beforeAll(async () => {
  network = await new Network().start();
  db = await startHardened(database, { network, name: containerHost(database.name) });
  service = await startHardened(product, {
    network,
    env: { MONGODB_URI: `mongodb://${containerHost(database.name)}:${database.port}/`, LOG_LEVEL: 'info' },
  });
});

afterAll(async () => {
  await Promise.all([db, service].filter(Boolean).map((s) => removeContainer(s.container)));
  await network?.stop();
});

/** Collects everything the server sends until it closes the connection. */
function received(socket: Socket): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    socket.on('data', (chunk) => {
      text += chunk;
    });
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}

const logs = async (id: string) => {
  const { stdout, stderr } = await docker(['logs', id]);
  return stdout + stderr;
};

it('answers a request in flight when SIGTERM arrives, then exits 0', async () => {
  const port = service.container.getMappedPort(product.port);
  const body = '{"ids":["p-graceful-probe"]}';
  const socket = connect(port, '127.0.0.1');
  await new Promise<void>((resolve) => socket.once('connect', () => resolve()));
  const reply = received(socket);
  // Headers and half the body: the request is in flight, its handler not yet run.
  socket.write(
    `POST ${apiPrefix('product')}/products/batch HTTP/1.1\r\nHost: localhost\r\n` +
      `Content-Type: application/json\r\nContent-Length: ${body.length}\r\n\r\n${body.slice(0, 10)}`,
  );
  const stopping = terminate(service.container);
  await expect
    .poll(() => logs(service.container.getId()), { timeout: 10_000 })
    .toContain('shutting down: finishing in-flight requests');
  socket.write(body.slice(10));

  const response = await reply;
  expect(response).toMatch(/^HTTP\/1\.1 200 /);
  expect(response.toLowerCase()).toContain('connection: close');
  expect(response).toContain('"items"');
  const stopped = await stopping;
  expect(stopped.exitCode).toBe(0);
  expect(await logs(service.container.getId())).toContain('"msg":"closed"');
});
