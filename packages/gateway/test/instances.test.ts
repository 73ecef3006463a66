/**
 * Several instances of one service: an instance that is down (stopped, restarting) refuses connections,
 * and every request, POSTs with bodies too, still reaches a running instance with its body intact.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createGateway } from '../src/index.ts';

/** A port nothing listens on: an instance that is down. */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

let running: Server;
let gateway: FastifyInstance;

beforeAll(async () => {
  // Answers with the body it received, so the test sees what arrived.
  running = createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => res.end(JSON.stringify({ method: req.method, body })));
  });
  await new Promise<void>((resolve) => running.listen(0, '127.0.0.1', resolve));
  const runningUrl = `http://127.0.0.1:${(running.address() as AddressInfo).port}`;
  const stoppedUrl = `http://127.0.0.1:${await closedPort()}`;
  gateway = await createGateway({
    mfesDir: tmpdir(),
    serviceUrls: (service, port) =>
      service === 'product' ? [stoppedUrl, runningUrl] : [`http://127.0.0.1:${port}`],
  });
  await gateway.listen({ host: '127.0.0.1', port: 0 });
});

afterAll(async () => {
  await gateway.close();
  running.close();
});

it('sends requests an instance refused, reads and writes alike, to another instance', async () => {
  const address = gateway.server.address() as AddressInfo;
  const url = `http://127.0.0.1:${address.port}/product-service/api/v1/products`;
  const replies = await Promise.all(
    Array.from({ length: 40 }, async (_, i) => {
      const write = i % 2 === 1;
      const res = await fetch(url, {
        method: write ? 'POST' : 'GET',
        headers: write ? { 'content-type': 'application/json' } : {},
        body: write ? JSON.stringify({ i }) : undefined,
      });
      return { i, write, status: res.status, json: (await res.json()) as { body?: string } };
    }),
  );
  for (const r of replies) {
    expect(r.status, JSON.stringify(r)).toBe(200);
    if (r.write) expect(r.json.body).toBe(JSON.stringify({ i: r.i }));
  }
});
