import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gatewayRoutes, services } from '@emporium/registry';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGateway, gatewayUpstreams } from '../src/index.ts';

interface Seen {
  service: string;
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

// A real HTTP server per service that records what reached it.
const seen: Seen[] = [];
const upstreams = new Map<string, Server>();
let mfesDir: string;
let gateway: FastifyInstance;
const askedFor: [string, number][] = [];

async function listen(server: Server): Promise<number> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

async function file(path: string, content: string) {
  await mkdir(join(mfesDir, path, '..'), { recursive: true });
  await writeFile(join(mfesDir, path), content);
}

beforeAll(async () => {
  const ports = new Map<string, number>();
  for (const s of services) {
    const server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({
          service: s.name,
          method: req.method ?? '',
          url: req.url ?? '',
          headers: req.headers,
          body,
        });
        res.setHeader('content-type', 'application/json');
        res.end(JSON.stringify({ service: s.name }));
      });
    });
    upstreams.set(s.name, server);
    ports.set(s.name, await listen(server));
  }
  // The support service is stopped to show that one service down costs only its own routes.
  await new Promise((r) => upstreams.get('support')?.close(r));

  mfesDir = await mkdtemp(join(tmpdir(), 'emporium-gateway-'));
  await file('host/dist/index.html', '<!doctype html><title>host</title>');
  await file('host/dist/main.3fa9c1d2e4b5.js', 'console.log("host")');
  await file('products/dist/remoteEntry.js', 'var mfe_products;');
  await file('products/dist/mf-manifest.json', '{}');
  await file('products/dist/__federation_expose_App.0a1b2c3d4e5f.js', 'export {}');

  gateway = await createGateway({
    mfesDir,
    serviceUrls: (service, registryPort) => {
      askedFor.push([service, registryPort]);
      return [`http://127.0.0.1:${ports.get(service)}`];
    },
  });
  await gateway.ready();
});

afterAll(async () => {
  await gateway.close();
  for (const s of upstreams.values()) s.close();
  await rm(mfesDir, { recursive: true, force: true });
});

describe('routes come from the registry', () => {
  it('proxies each service prefix to the instances of the port the registry gives it', () => {
    expect([...askedFor].sort()).toEqual(services.map((s) => [s.name, s.port]).sort());
    const byName = (a: { service: string }, b: { service: string }) => a.service.localeCompare(b.service);
    expect([...gatewayUpstreams({})].sort(byName)).toEqual(
      services
        .map((s) => ({
          service: s.name,
          prefix: `/${s.name}-service/`,
          urls: [`http://127.0.0.1:${s.port}`],
        }))
        .sort(byName),
    );
    expect(gatewayUpstreams({}).map((u) => u.prefix)).toEqual(
      gatewayRoutes()
        .filter((r) => r.kind === 'service')
        .map((r) => r.prefix),
    );
  });

  it.each(services.filter((s) => s.name !== 'support').map((s) => s.name))(
    'routes /%s-service/ to that service with path, query and body intact',
    async (name) => {
      const res = await gateway.inject({
        method: 'POST',
        url: `/${name}-service/api/v1/things?x=1`,
        payload: { hello: name },
        headers: { 'x-request-id': `req-${name}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ service: name });
      const hit = seen.find((s) => s.headers['x-request-id'] === `req-${name}`);
      expect(hit).toMatchObject({
        service: name,
        method: 'POST',
        url: `/${name}-service/api/v1/things?x=1`,
        body: JSON.stringify({ hello: name }),
      });
      expect(hit?.headers['x-forwarded-for']).toBeDefined();
    },
  );

  it('gives a request without an id one, and the service sees the same id', async () => {
    const res = await gateway.inject({ method: 'GET', url: '/product-service/api/v1/products' });
    const id = res.headers['x-request-id'];
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    expect(seen.at(-1)?.headers['x-request-id']).toBe(id);
  });

  it('never forwards internal routes, and drops service keys sent from outside', async () => {
    const before = seen.length;
    for (const url of [
      '/product-service/api/v1/internal/reservations',
      '/product-service/api/v1/internal',
      '/order-service/api/v1/internal?x=1',
    ]) {
      const res = await gateway.inject({ method: 'POST', url, payload: {} });
      expect(res.statusCode, url).toBe(404);
      expect(res.json().code).toBe('ROUTE_NOT_FOUND');
    }
    expect(seen.length).toBe(before);

    await gateway.inject({
      method: 'GET',
      url: '/product-service/api/v1/internal-looking-but-public',
      headers: { 'x-service-key': 'a-key-from-the-outside', 'x-request-id': 'req-keyed' },
    });
    const hit = seen.find((s) => s.headers['x-request-id'] === 'req-keyed');
    expect(hit?.url).toBe('/product-service/api/v1/internal-looking-but-public');
    expect(hit?.headers['x-service-key']).toBeUndefined();
  });

  it('answers 503 in the JSON error shape for a service that is down', async () => {
    const res = await gateway.inject({ method: 'GET', url: '/support-service/api/v1/tickets' });
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      statusCode: 503,
      code: 'SERVICE_UNAVAILABLE',
      message: expect.stringContaining('support service'),
    });
  });
});

describe('micro frontends', () => {
  it('serves the host page for every SPA route, never cached', async () => {
    for (const url of ['/', '/products', '/products/some-product?x=1', '/orders/42']) {
      const res = await gateway.inject({ method: 'GET', url });
      expect(res.statusCode, `${url} ${res.body}`).toBe(200);
      expect(res.body).toContain('<title>host</title>');
      expect(res.headers['cache-control']).toBe('no-store');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('caches hashed assets for a year and never caches entries and manifests', async () => {
    const hashed = await gateway.inject({ method: 'GET', url: '/main.3fa9c1d2e4b5.js' });
    expect(hashed.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const remoteHashed = await gateway.inject({
      method: 'GET',
      url: '/mfe/products/__federation_expose_App.0a1b2c3d4e5f.js',
    });
    expect(remoteHashed.statusCode).toBe(200);
    expect(remoteHashed.headers['cache-control']).toContain('immutable');
    for (const url of [
      '/mfe/products/remoteEntry.js',
      '/mfe/products/mf-manifest.json',
      '/runtime-config.json',
    ]) {
      const res = await gateway.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(200);
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
  });

  it('announces only the remotes that are built', async () => {
    const res = await gateway.inject({ method: 'GET', url: '/runtime-config.json' });
    expect(res.json()).toEqual({
      environment: 'local',
      apiOrigin: '',
      remotes: {
        products: { name: 'mfe_products', entry: '/mfe/products/mf-manifest.json', route: '/products' },
      },
    });
  });

  it('answers 404 for missing assets instead of the host page', async () => {
    for (const url of ['/mfe/products/missing.js', '/mfe/cart/remoteEntry.js', '/favicon.ico']) {
      const res = await gateway.inject({ method: 'GET', url });
      expect(res.statusCode, url).toBe(404);
      expect(res.json()).toMatchObject({ statusCode: 404, code: 'NOT_FOUND' });
    }
  });
});
