import { describe, expect, it } from 'vitest';
import {
  apiPrefix,
  assetsPath,
  callersOf,
  databaseName,
  federationName,
  gatewayRoutes,
  localDevOrigins,
  mfes,
  remoteMap,
  serviceCallers,
  serviceCalls,
  services,
  serviceUrlVariable,
} from '../src/index.ts';

describe('services', () => {
  it('declares the nine backend domains on ports 8000..8080, as the product defines them', () => {
    expect(services.map((s) => [s.name, s.port])).toEqual([
      ['user', 8000],
      ['product', 8010],
      ['cart', 8020],
      ['order', 8030],
      ['logistics', 8040],
      ['content', 8050],
      ['reviews', 8060],
      ['activity', 8070],
      ['support', 8080],
    ]);
  });

  it('gives each service a versioned API prefix and its own database', () => {
    expect(apiPrefix('product')).toBe('/product-service/api/v1');
    const databases = services.map((s) => databaseName(s.name));
    expect(new Set(databases).size).toBe(services.length);
  });

  it('declares service-to-service calls between existing services, never to itself', () => {
    const names = new Set<string>(services.map((s) => s.name));
    for (const s of services) {
      for (const c of s.calls) {
        expect(names).toContain(c);
        expect(c).not.toBe(s.name);
      }
    }
    expect(serviceCalls('cart')).toEqual(['product', 'logistics', 'order', 'activity']);
    expect(serviceCallers('product')).toEqual(['cart', 'order', 'reviews']);
    expect(serviceCallers('activity')).toEqual(['user', 'cart', 'order', 'reviews', 'support']);
    expect(serviceUrlVariable('logistics')).toBe('LOGISTICS_SERVICE_URL');
  });
});

describe('micro frontends', () => {
  it('declares the host and seven remotes', () => {
    expect(mfes.map((m) => m.name)).toEqual([
      'host',
      'products',
      'content',
      'cart',
      'orders',
      'account',
      'auth',
      'support',
    ]);
  });

  it('has unique routes, dev ports and federation names', () => {
    for (const key of ['route', 'devPort'] as const) {
      expect(new Set(mfes.map((m) => m[key])).size).toBe(mfes.length);
    }
    expect(new Set(mfes.map((m) => federationName(m.name))).size).toBe(mfes.length);
    expect(federationName('products')).toMatch(/^[a-z][a-z0-9_]*$/);
  });

  it('only calls services that exist', () => {
    const names = new Set<string>(services.map((s) => s.name));
    for (const m of mfes) for (const c of m.calls) expect(names).toContain(c);
    expect(callersOf('logistics')).toEqual(['cart', 'orders']);
    expect(callersOf('order')).toEqual(['orders']);
  });

  it('serves remote assets apart from the host routes, so deep links always reach the host', () => {
    for (const m of mfes) {
      if (m.name === 'host') continue;
      expect(assetsPath(m.name).startsWith(m.route)).toBe(false);
    }
  });
});

describe('derived views', () => {
  it('routes every service prefix and every MFE assets path, longest prefix first', () => {
    const routes = gatewayRoutes();
    expect(routes.filter((r) => r.kind === 'service')).toHaveLength(services.length);
    expect(routes.filter((r) => r.kind === 'mfe')).toHaveLength(mfes.length);
    const lengths = routes.map((r) => r.prefix.length);
    expect(lengths).toEqual([...lengths].sort((a, b) => b - a));
    expect(routes.at(-1)).toEqual({ kind: 'mfe', prefix: '/', mfe: 'host' });
    for (const s of services) {
      expect(routes).toContainEqual({
        kind: 'service',
        prefix: `/${s.name}-service/`,
        service: s.name,
        port: s.port,
      });
    }
  });

  it('builds the host remote map for same-origin and per-origin setups', () => {
    const same = remoteMap();
    expect(Object.keys(same)).toEqual(mfes.filter((m) => m.name !== 'host').map((m) => m.name));
    expect(same.products).toEqual({
      name: 'mfe_products',
      entry: '/mfe/products/mf-manifest.json',
      route: '/products',
    });
    const dev = remoteMap((name) => `http://localhost:${mfes.find((m) => m.name === name)?.devPort}`);
    expect(dev.products.entry).toBe('http://localhost:3001/mfe/products/mf-manifest.json');
  });

  it('allows the gateway and every MFE dev server as local origins', () => {
    const origins = localDevOrigins(8100);
    expect(origins).toContain('http://localhost:8100');
    for (const m of mfes) expect(origins).toContain(`http://localhost:${m.devPort}`);
  });
});
