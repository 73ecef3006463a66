/**
 * What the micro-frontend images serve, checked against the local gateway's own rules so the two cannot
 * drift: Cache-Control of every file the image holds equals cacheControlFor(); the host's runtime
 * configuration comes from the environment and its Content-Security-Policy equals the gateway's policy for
 * that configuration; security headers on every response; SPA fallback for the host's routes only.
 */
import { cacheControlFor, contentSecurityPolicy, securityHeaders } from '@emporium/gateway';
import { type RuntimeConfig, remoteMap, remotes } from '@emporium/registry';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { imageRef, imageSpec } from '../src/catalog.ts';
import { docker } from '../src/docker.ts';
import { removeContainer, type StartedImage, startHardened } from '../src/hardened.ts';

const hostEnv = {
  EMPORIUM_ENVIRONMENT: 'staging',
  API_ORIGIN: 'https://api.shop.example',
  REMOTE_CART_ENTRY: 'https://cdn.shop.example/mfe/cart/mf-manifest.json',
  REMOTES: 'products,cart,auth',
};
let host: StartedImage;
let products: StartedImage;

beforeAll(async () => {
  [host, products] = await Promise.all([
    startHardened(imageSpec('host-mfe'), { env: hostEnv }),
    startHardened(imageSpec('products-mfe'), { env: { CORS_ALLOW_ORIGIN: 'https://shop.example' } }),
  ]);
});

afterAll(async () => {
  await Promise.all([host, products].filter(Boolean).map((s) => removeContainer(s.container)));
});

/** Every file the image serves, as URL paths. */
async function servedFiles(started: StartedImage): Promise<string[]> {
  const { output } = await started.container.exec(['find', '/usr/share/nginx/html', '-type', 'f']);
  return output
    .split('\n')
    .filter(Boolean)
    .map((file) => file.replace('/usr/share/nginx/html', ''));
}

function expectSecurityHeaders(response: Response, what: string) {
  for (const [name, value] of Object.entries(securityHeaders)) {
    expect(response.headers.get(name), `${name} on ${what}`).toBe(value);
  }
  expect(response.headers.get('content-security-policy'), `CSP on ${what}`).toContain(
    "frame-ancestors 'none'",
  );
}

describe('the host image', () => {
  it('writes its runtime configuration from the environment, never cached', async () => {
    const response = await fetch(`${host.url}/runtime-config.json`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const all = remoteMap();
    const expected: RuntimeConfig = {
      environment: 'staging',
      apiOrigin: 'https://api.shop.example',
      remotes: {
        products: all.products,
        cart: { ...all.cart, entry: 'https://cdn.shop.example/mfe/cart/mf-manifest.json' },
        auth: all.auth,
      },
    };
    expect(await response.json()).toEqual(expected);
  });

  it("sends the local gateway's Content-Security-Policy for that configuration", async () => {
    const config = (await (await fetch(`${host.url}/runtime-config.json`)).json()) as RuntimeConfig;
    const response = await fetch(`${host.url}/`);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy(config));
  });

  it('answers every one of its files with the cache rule of the local gateway and the security headers', async () => {
    const files = await servedFiles(host);
    expect(files).toContain('/index.html');
    expect(files.some((f) => /\.[0-9a-f]{20}\.js$/.test(f))).toBe(true);
    for (const file of files) {
      const response = await fetch(`${host.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(cacheControlFor(file));
      expectSecurityHeaders(response, file);
      await response.arrayBuffer();
    }
  });

  it("serves the page for the host's routes only; unknown pages get it with 404, unknown files a plain 404", async () => {
    for (const path of ['/', ...remotes().flatMap((r) => [r.route, `${r.route}/some/deep/link`])]) {
      const response = await fetch(`${host.url}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('content-type'), path).toMatch(/^text\/html/);
      expect(response.headers.get('cache-control'), path).toBe('no-store');
      expectSecurityHeaders(response, path);
      expect(await response.text()).toContain('<div id="root">');
    }
    const unknownPage = await fetch(`${host.url}/no-such-page`);
    expect(unknownPage.status).toBe(404);
    expect(await unknownPage.text()).toContain('<div id="root">');
    for (const path of ['/no-such-file.js', '/mfe/products/remoteEntry.js', '/products.css']) {
      const response = await fetch(`${host.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root">');
      expectSecurityHeaders(response, path);
    }
  });

  it('answers /health, and refuses to start on a setting that is not a URL', async () => {
    const health = await fetch(`${host.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const bad = await docker(
      [
        'run',
        '--rm',
        '--read-only',
        '--tmpfs',
        '/tmp',
        '-e',
        'API_ORIGIN=https://x.example"; add_header',
        imageRef(imageSpec('host-mfe')),
      ],
      { allowFailure: true },
    );
    expect(bad.code).not.toBe(0);
    expect(bad.stderr).toContain('API_ORIGIN');
  });
});

describe('a remote image', () => {
  it('serves its assets under its assets path: entry points never cached, hashed chunks for a year', async () => {
    const files = await servedFiles(products);
    expect(files).toContain('/mfe/products/remoteEntry.js');
    expect(files).toContain('/mfe/products/mf-manifest.json');
    for (const file of files) {
      const response = await fetch(`${products.url}${file}`);
      expect(response.status, file).toBe(200);
      expect(response.headers.get('cache-control'), file).toBe(cacheControlFor(file));
      expectSecurityHeaders(response, file);
      expect(response.headers.get('access-control-allow-origin'), file).toBe('https://shop.example');
      await response.arrayBuffer();
    }
  });

  it('has no SPA fallback: unknown paths are 404s, never a page', async () => {
    for (const path of ['/', '/products', '/mfe/products/missing.js', '/mfe/products/some/route']) {
      const response = await fetch(`${products.url}${path}`);
      expect(response.status, path).toBe(404);
      expect(await response.text(), path).not.toContain('<div id="root">');
    }
  });
});
