import { gatewayUpstreams } from '@emporium/gateway';
import { gatewayRoutes, mfes, services } from '@emporium/registry';
import { describe, expect, it } from 'vitest';
import { renderChart } from '../src/helm.ts';
import { helmMajors, type Manifest, named, ofKind, render } from './support/scenarios.ts';

interface Backend {
  path: string;
  service: string;
}

const backends = (ingress: Manifest): Backend[] =>
  ingress.spec.rules[0].http.paths.map((p: { path: string; pathType: string; backend: Manifest }) => {
    expect(p.pathType).toBe('Prefix');
    return { path: p.path, service: p.backend.service.name };
  });

/** Kubernetes Prefix matching: whole path segments, the longest matching path wins. */
function ingressTarget(paths: readonly Backend[], url: string): string | undefined {
  const segments = url.split('/').filter(Boolean);
  const matches = paths.filter((p) => {
    const prefix = p.path.split('/').filter(Boolean);
    return prefix.every((part, i) => segments[i] === part);
  });
  return matches.sort((a, b) => b.path.length - a.path.length)[0]?.service;
}

/** The local gateway's choice: the first of its routes (longest prefix first) that the URL starts with. */
function gatewayTarget(url: string): string | undefined {
  const route = gatewayRoutes().find((r) => url.startsWith(r.prefix));
  if (!route) return undefined;
  return route.kind === 'service' ? `emporium-${route.service}-service` : `emporium-${route.mfe}-mfe`;
}

describe.each(helmMajors)('the Ingress as the API gateway (%s)', (major) => {
  it('routes every request exactly where the local gateway does', async () => {
    const paths = backends(named(await render('default', major), 'Ingress', 'emporium'));
    const urls = [
      '/',
      '/runtime-config.json',
      '/main.3f2a.js',
      '/products/42',
      '/cart',
      '/account/addresses',
      '/no/such/page',
      ...services.map((s) => `/${s.name}-service/api/v1/anything?x=1`),
      ...services.map((s) => `/${s.name}-service/health`),
      ...mfes.filter((m) => m.name !== 'host').map((m) => `/mfe/${m.name}/mf-manifest.json`),
      ...mfes.filter((m) => m.name !== 'host').map((m) => `/mfe/${m.name}/static/js/chunk.1a2b.js`),
    ];
    for (const url of urls) expect(ingressTarget(paths, url), url).toBe(gatewayTarget(url));
    // And nothing more: one path per route of the registry, every service the local gateway proxies.
    expect(paths).toHaveLength(gatewayRoutes().length);
    for (const upstream of gatewayUpstreams({})) {
      expect(paths).toContainEqual({
        path: upstream.prefix.replace(/\/$/, ''),
        service: `emporium-${upstream.service}-service`,
      });
    }
  });

  it('names the ingress class, hosts, TLS and annotations the values give', async () => {
    const ingress = named(await render('tls', major), 'Ingress', 'emporium');
    expect(ingress.spec.ingressClassName).toBe('nginx');
    expect(ingress.spec.tls).toEqual([{ secretName: 'shop-example-com-tls', hosts: ['shop.example.com'] }]);
    expect(ingress.spec.rules.map((r: { host: string }) => r.host)).toEqual(['shop.example.com']);
    expect(ingress.metadata.annotations['cert-manager.io/cluster-issuer']).toBe('letsencrypt');
    const withoutHosts = named(await render('network-policies-off', major), 'Ingress', 'emporium');
    expect(withoutHosts.spec.rules).toHaveLength(1);
    expect(withoutHosts.spec.rules[0].host).toBeUndefined();
  });
});

describe('what the Ingress settings change elsewhere', () => {
  it('allows the Ingress origins for CORS and marks the cookie Secure only behind TLS', async () => {
    const env = (objects: Manifest[], name: string) =>
      Object.fromEntries(
        named(objects, 'Deployment', name).spec.template.spec.containers[0].env.map(
          (e: { name: string; value?: string }) => [e.name, e.value],
        ),
      );
    const tls = await render('tls');
    expect(env(tls, 'emporium-product-service').CORS_ORIGINS).toBe('https://shop.example.com');
    expect(env(tls, 'emporium-user-service').COOKIE_SECURE).toBe('true');
    const plain = await render('default');
    expect(env(plain, 'emporium-product-service').CORS_ORIGINS).toBe('http://emporium.local');
    expect(env(plain, 'emporium-user-service').COOKIE_SECURE).toBe('false');
  });

  it('leaves the Ingress out when it is turned off', async () => {
    const objects = await renderChart('helm4', { set: { 'ingress.enabled': 'false' } });
    expect(ofKind(objects, 'Ingress')).toEqual([]);
  });
});
